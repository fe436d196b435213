using CaseManagement.Core.Administration;
using CaseManagement.Core.Audit;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Database;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Notifications;
using CaseManagement.Core.Residents;
using CaseManagement.Core.Residents.Line;
using CaseManagement.Core.Residents.SignIn;
using CaseManagement.Core.Tasks;
using CaseManagement.Workflows.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CaseManagement.Core.Common;

/// <summary>The domain's view of the database; the schema itself comes from db/migrations.</summary>
public sealed class CaseDbContext(DbContextOptions<CaseDbContext> options) : DbContext(options)
{
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<CategoryReceptionHours> CategoryReceptionHours => Set<CategoryReceptionHours>();
    public DbSet<CategoryClosedDay> CategoryClosedDays => Set<CategoryClosedDay>();
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<StaffCategory> StaffCategories => Set<StaffCategory>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Resident> Residents => Set<Resident>();
    public DbSet<ResidentSignInCode> ResidentSignInCodes => Set<ResidentSignInCode>();
    public DbSet<ResidentSignInFailure> ResidentSignInFailures => Set<ResidentSignInFailure>();
    public DbSet<LineWebhookEvent> LineWebhookEvents => Set<LineWebhookEvent>();
    public DbSet<CaseMessage> CaseMessages => Set<CaseMessage>();
    public DbSet<CaseAttachment> CaseAttachments => Set<CaseAttachment>();
    public DbSet<CaseReadMark> CaseReadMarks => Set<CaseReadMark>();
    public DbSet<WorkTask> WorkTasks => Set<WorkTask>();
    public DbSet<TaskHistoryView> TaskHistoryViews => Set<TaskHistoryView>();
    public DbSet<WorkflowInstanceRecord> WorkflowInstances => Set<WorkflowInstanceRecord>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<WorkflowDefinitionRecord> WorkflowDefinitions => Set<WorkflowDefinitionRecord>();
    public DbSet<WorkflowHistoryRecord> WorkflowHistory => Set<WorkflowHistoryRecord>();
    public DbSet<CategoryClosureItem> CategoryClosureItems => Set<CategoryClosureItem>();
    public DbSet<StaffNotification> StaffNotifications => Set<StaffNotification>();
    public DbSet<StaffNotificationRead> StaffNotificationReads => Set<StaffNotificationRead>();
    public DbSet<WorkflowTimerRecord> WorkflowTimers => Set<WorkflowTimerRecord>();
    public DbSet<CategoryAssignment> CategoryAssignments => Set<CategoryAssignment>();
    public DbSet<StaffDuty> StaffDuty => Set<StaffDuty>();
    public DbSet<TaskAssignment> TaskAssignments => Set<TaskAssignment>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<CaseTag> CaseTags => Set<CaseTag>();
    public DbSet<StaffIpRange> StaffIpRanges => Set<StaffIpRange>();
    public DbSet<WorkflowDraft> WorkflowDrafts => Set<WorkflowDraft>();
    public DbSet<DecisionVersion> DecisionVersions => Set<DecisionVersion>();
    public DbSet<DecisionDraft> DecisionDrafts => Set<DecisionDraft>();

    /// <summary>The connection and transaction of the current command, for the workflow runtime to join.</summary>
    public WorkflowSession WorkflowSession() =>
        new((NpgsqlConnection)Database.GetDbConnection(),
            (NpgsqlTransaction)(Database.CurrentTransaction?.GetDbTransaction()
                ?? throw new InvalidOperationException("A workflow step needs the command's transaction.")));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CaseDbContext).Assembly);
        modelBuilder.UseSnakeCaseNames();
    }
}
