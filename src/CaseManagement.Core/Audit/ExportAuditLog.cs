using System.Globalization;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Audit;

/// <summary>The rows of an audit search (up to 10,000, newest first) as a CSV or PDF download. A command, so that
/// every export is itself in the audit log; it changes nothing else.</summary>
[Authorize(Roles.Auditor)]
public sealed record ExportAuditLog(AuditSearch Criteria, AuditExportFormat Format) : ICommand<ExportFile>, IAuditTarget
{
    public const int Limit = 10_000;

    public string AuditTarget => $"audit-export:{Format.ToString().ToLowerInvariant()}:{Criteria.Describe()}";
}

internal sealed class ExportAuditLogHandler(CaseDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<ExportAuditLog, ExportFile>
{
    public async Task<ExportFile> Handle(ExportAuditLog request, CancellationToken cancellationToken)
    {
        var rows = (await AuditSearches.RunAsync(db, mediator, request.Criteria, ExportAuditLog.Limit, cancellationToken)).Rows;
        var now = clock.GetUtcNow();
        var name = "audit_" + Statistics.JapanTime.ToJapan(now).ToString("yyyyMMdd_HHmmss", CultureInfo.InvariantCulture);
        return request.Format == AuditExportFormat.Pdf
            ? new ExportFile(name + ".pdf", "application/pdf", AuditPdf.Write(rows, request.Criteria.Describe(), actor.DisplayName ?? actor.AuditName, now))
            : new ExportFile(name + ".csv", "text/csv; charset=utf-8", AuditCsv.Write(rows));
    }
}
