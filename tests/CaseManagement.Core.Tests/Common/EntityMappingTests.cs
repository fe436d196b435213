using System.Text.Json;
using CaseManagement.Core.Administration;
using CaseManagement.Core.Audit;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Notifications;
using CaseManagement.Core.Residents;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Core.Tests.Common;

/// <summary>The EF model and the SQL migrations never drift: every mapped entity is written and read back whole.</summary>
public sealed class EntityMappingTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 1, 2, 3, TimeSpan.Zero);

    [Fact]
    public async Task Every_mapped_entity_round_trips_through_the_migrated_schema()
    {
        var definitionId = Guid.CreateVersion7();
        var instanceId = Guid.CreateVersion7();
        var category = new Category { Id = Guid.CreateVersion7(), Code = "rt", NameJa = "往復", NameEn = "Round trip", DescriptionJa = "説明", DescriptionEn = "d", WorkflowProcessId = "p", SortOrder = 7, IsActive = false };
        var resident = new Resident { Id = Guid.CreateVersion7(), Email = "hanako@example.jp", LineUserId = "U0123456789abcdef", DisplayName = "往復 花子", CreatedAt = At };
        var staff = new StaffMember { Id = Guid.CreateVersion7(), DisplayName = "往復 太郎", CreatedAt = At };
        var entities = new object[]
        {
            new WorkflowDefinitionRecord { Id = definitionId, ProcessId = "rt", Version = 3, Name = "n", BpmnXml = "<x/>", Checksum = "c", PublishedAt = At },
            new WorkflowInstanceRecord { Id = instanceId, DefinitionId = definitionId, ProcessId = "rt", BusinessKey = "bk", Status = "Active", State = """{"a": 1}""", Revision = 2, StartedAt = At, UpdatedAt = At, EndedAt = At, ParentElementId = "call" },
            new WorkflowHistoryRecord { InstanceId = instanceId, Seq = 1, At = At, Kind = "FlowTaken", ElementId = "f", ElementType = "sequenceFlow", Data = """{"a": 1}""" },
            new WorkTask { Id = Guid.CreateVersion7(), InstanceId = instanceId, ElementId = "e", Name = "作業", Queue = "q", Assignee = "a", FormKey = "f", DueAt = At, Status = "open", CreatedAt = At, ClaimedAt = At, CompletedAt = At, CompletedBy = "b", Revision = 4 },
            category,
            staff,
            new StaffCategory { StaffId = staff.Id, CategoryId = category.Id },
            resident,
            new Case { Id = Guid.CreateVersion7(), CaseNumber = "2026-999999", CategoryId = category.Id, ResidentId = resident.Id, Status = CaseStatus.Closed, WorkflowInstanceId = instanceId, AccessTokenHash = [1, 2, 3], OpenedAt = At, ClosedAt = At, Revision = 5, ConsultationType = "parenting", ResidentGender = "female", AgeBand = "30s", Area = "中央地区" },
        };
        // Audit rows are appended through audit_append() (the application may not INSERT them): id and hashes come back.
        var audit = new AuditEntry { At = At, Kind = AuditKinds.Read, Actor = "x", ActorRole = "r", Ip = "192.0.2.1", UserAgent = "ua", Action = "act", Target = "t", Outcome = "o", Detail = "詳細" };
        var message = new CaseMessage { Id = Guid.CreateVersion7(), CaseId = ((Case)entities[8]).Id, AuthorKind = MessageAuthor.Staff, AuthorStaffId = staff.Id, Body = "本文", SentAt = At };
        var historyView = new TaskHistoryView { TaskId = ((WorkTask)entities[3]).Id, StaffId = staff.Id, ViewedAt = At, NoneConfirmed = true };
        var closedCase = (Case)entities[8];
        (closedCase.Outcome, closedCase.FollowUpNeeded) = ("advice", true);
        var notification = new StaffNotification { Id = Guid.CreateVersion7(), RecipientStaffId = staff.Id, Template = "task-escalated", CaseId = closedCase.Id, TaskId = Guid.CreateVersion7(), Arguments = """{"caseNumber": "2026-999999"}""", SourceKey = "escalation:rt", CreatedAt = At };
        entities = [.. entities, message, historyView, new CategoryClosureItem { CategoryId = category.Id, Item = "outcome" }, notification,
            new StaffNotificationRead { NotificationId = notification.Id, StaffId = staff.Id, ReadAt = At }];

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            foreach (var e in entities)
            {
                db.Add(e);
                await db.SaveChangesAsync();
            }

            audit.Id = await scope.ServiceProvider.GetRequiredService<AuditTrail>().AppendAsync(audit, default);
            var stored = await db.AuditLog.AsNoTracking().SingleAsync(a => a.Id == audit.Id);
            (audit.PrevHash, audit.Hash) = (stored.PrevHash, stored.Hash);
            Assert.Equal(AuditChain.Hash(audit, audit.PrevHash), stored.Hash);
        }

        entities = [.. entities, audit];

        await using var read = host.Services.CreateAsyncScope();
        var fresh = read.ServiceProvider.GetRequiredService<CaseDbContext>();
        var mapped = fresh.Model.GetEntityTypes().Select(t => t.ClrType).ToHashSet();
        Assert.Equal(mapped, entities.Select(e => e.GetType()).ToHashSet());
        foreach (var e in entities)
        {
            var key = fresh.Model.FindEntityType(e.GetType())!.FindPrimaryKey()!.Properties.Select(p => p.PropertyInfo!.GetValue(e)).ToArray();
            var back = await fresh.FindAsync(e.GetType(), key);
            Assert.NotNull(back);
            Assert.Equal(Json(e), Json(back));
        }
    }

    // StaffMember.Categories is a navigation, not a column: compare columns only.
    private static string Json(object o) => JsonSerializer.Serialize(o is StaffMember s ? new { s.Id, s.DisplayName, s.CreatedAt } : o, o is StaffMember ? typeof(object) : o.GetType());
}
