using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Cases;

/// <summary>A case by its number, for auditors (every category; read-only).</summary>
[Authorize(Roles.Auditor)]
public sealed record FindCaseForAudit(string CaseNumber) : IQuery<CaseView>;

internal sealed class FindCaseForAuditHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<FindCaseForAudit, CaseView>
{
    public async Task<CaseView> Handle(FindCaseForAudit request, CancellationToken cancellationToken)
    {
        var number = request.CaseNumber.Trim();
        return (await CaseQueries.ViewsAsync(db, mediator, c => c.CaseNumber == number, cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException(Messages.Get("CaseNumberNotFound"));
    }
}
