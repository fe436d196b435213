using System.Text.Json;
using CaseManagement.Core.Administration;
using CaseManagement.Core.Audit;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Notifications;
using CaseManagement.Core.Residents;
using CaseManagement.Core.Residents.Line;
using CaseManagement.Core.Residents.SignIn;
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
        var category = new Category
        {
            Id = Guid.CreateVersion7(), Code = "rt", NameJa = "往復", NameEn = "Round trip", DescriptionJa = "説明", DescriptionEn = "d", WorkflowProcessId = "p", SortOrder = 7, IsActive = false,
            AllowAnonymous = false, ClosedOnNationalHolidays = false, ClosedAtYearEnd = false, WelcomeJa = "ようこそ", WelcomeEn = "Welcome",
            AutoReplyOpenJa = "受付", AutoReplyOpenEn = "Received", AutoReplyClosedJa = "時間外", AutoReplyClosedEn = "Closed",
        };
        var resident = new Resident { Id = Guid.CreateVersion7(), Email = "hanako@example.jp", LineUserId = "U0123456789abcdef", DisplayName = "往復 花子", CreatedAt = At };
        var staff = new StaffMember { Id = Guid.CreateVersion7(), DisplayName = "往復 太郎", CreatedAt = At };
        var entities = new object[]
        {
            new WorkflowDefinitionRecord { Id = definitionId, ProcessId = "rt", Version = 3, Name = "n", BpmnXml = "<x/>", Checksum = "c", PublishedAt = At },
            new WorkflowInstanceRecord { Id = instanceId, DefinitionId = definitionId, ProcessId = "rt", BusinessKey = "bk", Status = "Active", State = """{"a": 1}""", Revision = 2, StartedAt = At, UpdatedAt = At, EndedAt = At, ParentElementId = "call" },
            new WorkTask { Id = Guid.CreateVersion7(), InstanceId = instanceId, ElementId = "e", Name = "作業", Queue = "q", Assignee = "a", FormKey = "f", DueAt = At, Status = "open", CreatedAt = At, ClaimedAt = At, CompletedAt = At, CompletedBy = "b", Revision = 4 },
            category,
            staff,
            new StaffCategory { StaffId = staff.Id, CategoryId = category.Id },
            new CategoryReceptionHours { CategoryId = category.Id, Weekday = DayOfWeek.Saturday, Opens = new TimeOnly(9, 0), Closes = new TimeOnly(17, 0), BreakStarts = new TimeOnly(12, 0), BreakEnds = new TimeOnly(13, 0) },
            new CategoryClosedDay { CategoryId = category.Id, Day = new DateOnly(2026, 12, 1), Name = "研修日" },
            new Notice { Id = Guid.CreateVersion7(), Kind = NoticeKind.Maintenance, TitleJa = "保守", TitleEn = "Maintenance", BodyJa = "本文", BodyEn = "Body", StartsAt = At, EndsAt = At.AddHours(1), CreatedAt = At, UpdatedAt = At },
            resident,
            new Case { Id = Guid.CreateVersion7(), CaseNumber = "2026-999999", CategoryId = category.Id, ResidentId = resident.Id, Status = CaseStatus.Closed, WorkflowInstanceId = instanceId, AccessTokenHash = [1, 2, 3], PinHash = "pbkdf2-sha256$1$AA==$AA==", PinFailures = 2, PinLockedUntil = At, OpenedAt = At, ClosedAt = At, Revision = 5, ConsultationType = "parenting", ResidentGender = "female", AgeBand = "30s", Area = "中央地区" },
        };
        // Audit rows are appended through audit_append() (the application may not INSERT them): id and hashes come back.
        var audit = new AuditEntry { At = At, Kind = AuditKinds.Read, Actor = "x", ActorRole = "r", Ip = "192.0.2.1", UserAgent = "ua", Action = "act", Target = "t", Outcome = "o", Detail = "詳細" };
        var message = new CaseMessage { Id = Guid.CreateVersion7(), CaseId = entities.OfType<Case>().Single().Id, AuthorKind = MessageAuthor.Staff, AuthorStaffId = staff.Id, Body = "本文", SentAt = At };
        var historyView = new TaskHistoryView { TaskId = entities.OfType<WorkTask>().Single().Id, StaffId = staff.Id, ViewedAt = At, NoneConfirmed = true };
        var closedCase = entities.OfType<Case>().Single();
        (closedCase.Outcome, closedCase.FollowUpNeeded) = ("advice", true);
        var notification = new StaffNotification { Id = Guid.CreateVersion7(), RecipientStaffId = staff.Id, Template = "task-escalated", CaseId = closedCase.Id, TaskId = Guid.CreateVersion7(), Arguments = """{"caseNumber": "2026-999999"}""", SourceKey = "escalation:rt", CreatedAt = At };
        var signInCode = new ResidentSignInCode { Id = Guid.CreateVersion7(), Email = "hanako@example.jp", CodeHash = [4, 5, 6], RequestedIp = "192.0.2.2", CreatedAt = At, ExpiresAt = At, FailedAttempts = 2, UsedAt = At };
        var signInFailure = new ResidentSignInFailure { Email = "hanako@example.jp", Ip = "192.0.2.3", At = At };
        var webhookEvent = new LineWebhookEvent { WebhookEventId = "01FZ74A0TDDPYRVKNK77XKC3ZR", ReceivedAt = At };
        var assignmentRows = new object[]
        {
            new WorkflowTimerRecord { Id = Guid.CreateVersion7(), InstanceId = instanceId, ElementId = "sla", DueAt = At, Status = "fired", CreatedAt = At, FiredAt = At },
            new CategoryAssignment { CategoryId = category.Id, Mode = "least-loaded", UpdatedAt = At, UpdatedBy = "staff:x" },
            new StaffDuty { StaffId = staff.Id, OnDuty = true, ChangedAt = At },
            new CaseNote { Id = Guid.CreateVersion7(), CaseId = closedCase.Id, AuthorStaffId = staff.Id, Body = "内部メモ", WrittenAt = At },
            new CaseTag { CaseId = closedCase.Id, Tag = "要フォロー", AddedAt = At, AddedBy = "staff:x" },
            new TaskAssignment { TaskId = entities.OfType<WorkTask>().Single().Id, InstanceId = instanceId, Kind = "reassign", StaffId = staff.Id, PreviousStaffId = Guid.CreateVersion7(), Mode = "round-robin", Actor = "staff:x", At = At },
        };
        var attachment = new CaseAttachment { Id = Guid.CreateVersion7(), CaseId = message.CaseId, MessageId = message.Id, FileName = "写真.png", ContentType = "image/png", SizeBytes = 3, Sha256 = new byte[32], Content = [0x89, 0x50, 0x4E], UploadedAt = At };
        var readMark = new CaseReadMark { CaseId = message.CaseId, Reader = ChatSide.Resident, LastReadMessageId = message.Id, ReadAt = At };
        entities = [.. entities, message, historyView, attachment, readMark, new CategoryClosureItem { CategoryId = category.Id, Item = "outcome" }, notification,
            new StaffNotificationRead { NotificationId = notification.Id, StaffId = staff.Id, ReadAt = At }, .. assignmentRows,
            signInCode, signInFailure, webhookEvent,
            new StaffIpRange { Cidr = "192.0.2.0/24", CreatedAt = At },
            new WorkflowDraft { ProcessId = "rt", BpmnXml = "<x/>", Revision = 3, BasedOnVersion = 3, UpdatedAt = At, UpdatedBy = "staff:x", UpdatedByName = "往復 太郎" },
            new DecisionVersion { Id = Guid.CreateVersion7(), DecisionRef = "rt", Version = 1, Name = "往復", DmnXml = "<x/>", Checksum = "c", PublishedAt = At, PublishedBy = "system" },
            new DecisionDraft { DecisionRef = "rt", DmnXml = "<x/>", Revision = 2, BasedOnVersion = 1, UpdatedAt = At, UpdatedBy = "staff:x", UpdatedByName = "往復 太郎" }];

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            foreach (var e in entities)
            {
                db.Add(e);
                await db.SaveChangesAsync();
            }

            // wf_history is a read-only view over the engine's step rows (ADR 0023): written as the engine writes it.
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO wf_history_steps (instance_id, first_seq, events)
                VALUES ({0}, 1, '[{{"at": "2026-11-22T01:02:03Z", "kind": "FlowTaken", "elementId": "f", "elementType": "sequenceFlow", "data": {{"a": 1}}}}]')
                """, instanceId);
            audit.Id = await scope.ServiceProvider.GetRequiredService<AuditTrail>().AppendAsync(audit, default);
            var stored = await db.AuditLog.AsNoTracking().SingleAsync(a => a.Id == audit.Id);
            (audit.PrevHash, audit.Hash) = (stored.PrevHash, stored.Hash);
            Assert.Equal(AuditChain.Hash(audit, audit.PrevHash), stored.Hash);
        }

        entities = [.. entities, audit,
            new WorkflowHistoryRecord { InstanceId = instanceId, Seq = 1, At = At, Kind = "FlowTaken", ElementId = "f", ElementType = "sequenceFlow", Data = """{"a": 1}""" }];

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

    // Collections (StaffMember.Categories, Category.ReceptionHours…) are navigations, not columns: compare columns only.
    private static readonly JsonSerializerOptions ColumnsOnly = new()
    {
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
        {
            Modifiers = { t => { foreach (var p in t.Properties.Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(List<>)).ToList()) { t.Properties.Remove(p); } } },
        },
    };

    private static string Json(object o) => JsonSerializer.Serialize(o, o.GetType(), ColumnsOnly);
}
