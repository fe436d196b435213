using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Audit;

/// <summary>The auditor's search of the audit log (newest first, at most 500 rows). Searching is itself recorded.</summary>
[Authorize(Roles.Auditor)]
[AuditRead]
public sealed record SearchAuditLog(AuditSearch Criteria) : IQuery<AuditSearchResult>, IAuditTarget
{
    public const int Limit = 500;

    public string AuditTarget => "audit-search:" + Criteria.Describe();
}

internal sealed class SearchAuditLogHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<SearchAuditLog, AuditSearchResult>
{
    public Task<AuditSearchResult> Handle(SearchAuditLog request, CancellationToken cancellationToken) =>
        AuditSearches.RunAsync(db, mediator, request.Criteria, SearchAuditLog.Limit, cancellationToken);
}
