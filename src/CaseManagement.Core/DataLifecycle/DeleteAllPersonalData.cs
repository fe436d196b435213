using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseManagement.Core.DataLifecycle;

/// <summary>Deletes every resident's personal data in one transaction and returns a signed certificate of what was
/// done. The admin confirms by typing the municipality's name. Kept on purpose (and said so in the certificate): the
/// cases as anonymised statistics (category, status, dates, 相談種別, 性別, 年代 — no resident, no 地区, no link), the
/// staff accounts, the workflow definitions and paths, and the audit log (legal retention of at least five years;
/// it holds ids, IP addresses and user agents, no content).</summary>
[Authorize(Roles.Admin)]
public sealed record DeleteAllPersonalData(string Confirmation) : ICommand<SignedDeletionCertificate>, IAuditTarget
{
    public string AuditTarget => "municipal-data:personal-data";
}

internal sealed class DeleteAllPersonalDataHandler(
    CaseDbContext db, ICurrentActor actor, TimeProvider clock, IOptions<DataLifecycleOptions> options, DeletionCertificateSigner signer)
    : IRequestHandler<DeleteAllPersonalData, SignedDeletionCertificate>
{
    public async Task<SignedDeletionCertificate> Handle(DeleteAllPersonalData request, CancellationToken cancellationToken)
    {
        var deleted = new Dictionary<string, long>();
        var anonymised = new Dictionary<string, long>();
        var retained = new Dictionary<string, long>();
        // ExecuteSqlRaw reads {…} as placeholders: literal braces are doubled below.
        async Task<long> Run(string sql) => await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);

        // Attachments and read marks point at messages: they go first.
        deleted["case_attachments"] = await Run("DELETE FROM case_attachments");
        deleted["case_read_marks"] = await Run("DELETE FROM case_read_marks");
        deleted["case_messages"] = await Run("DELETE FROM case_messages");
        deleted["case_notes"] = await Run("DELETE FROM case_notes");
        deleted["case_tags"] = await Run("DELETE FROM case_tags");
        deleted["staff_notifications"] = await Run("DELETE FROM staff_notifications");
        anonymised["cases"] = await Run("""
            UPDATE cases SET resident_id = NULL, area = NULL,
                access_token_hash = sha256(convert_to(gen_random_uuid()::text, 'UTF8')),
                pin_hash = NULL, pin_failures = 0, pin_locked_until = NULL
            """);
        deleted["residents"] = await Run("DELETE FROM residents");
        deleted["resident_sign_in_codes"] = await Run("DELETE FROM resident_sign_in_codes");
        deleted["resident_sign_in_failures"] = await Run("DELETE FROM resident_sign_in_failures");
        deleted["line_webhook_events"] = await Run("DELETE FROM line_webhook_events");
        // Workflow variables may hold what forms collected: the values go, the path (which element, when) stays.
        anonymised["wf_instances.variables"] = await Run("UPDATE wf_instances SET state = jsonb_set(state, '{{variables}}', '{{}}'::jsonb) WHERE state ? 'variables'");
        anonymised["wf_history.data"] = await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM wf_history WHERE data IS NOT NULL").SingleAsync(cancellationToken);
        await Run("""
            UPDATE wf_history_steps s
            SET events = (SELECT jsonb_agg(e.event - 'data' ORDER BY e.n) FROM jsonb_array_elements(s.events) WITH ORDINALITY AS e (event, n))
            WHERE jsonb_path_exists(s.events, '$[*].data')
            """);
        deleted["wf_outbox (delivered)"] = await Run("DELETE FROM wf_outbox WHERE delivered_at IS NOT NULL");
        anonymised["wf_outbox.payload (pending)"] = await Run("UPDATE wf_outbox SET payload = '{{}}'::jsonb WHERE delivered_at IS NULL AND kind NOT IN ('schedule-timer', 'cancel-timer')");
        retained["audit_log"] = await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM audit_log").SingleAsync(cancellationToken);
        retained["staff_members"] = await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM staff_members").SingleAsync(cancellationToken);
        retained["wf_definitions"] = await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM wf_definitions").SingleAsync(cancellationToken);

        var certificate = new DeletionCertificate(
            "casemanagement-deletion-certificate/1", Guid.CreateVersion7(), options.Value.MunicipalityName, clock.GetUtcNow(),
            actor.AuditName, actor.DisplayName, deleted, anonymised, retained,
            [
                "cases: kept as anonymised statistics (category, status, dates, consultation type, gender, age band); resident, area, secret link and PIN removed",
                "audit_log: kept for the legal retention of at least 5 years (append-only, hash-chained); holds ids, IP addresses and user agents, no content",
                "staff_members, wf_definitions, workflow paths: not residents' personal data",
                "deleted with the messages: attachments, chat read marks, internal notes, case tags and staff notifications; e-mail sign-in codes and failures; LINE webhook event ids",
                "task_assignments: kept (staff ids and times only, no resident data)",
            ]);
        return signer.Sign(certificate);
    }
}
