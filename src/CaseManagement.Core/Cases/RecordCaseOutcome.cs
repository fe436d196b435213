using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>Staff of the case's category record how it ended (対応結果) and whether support continues after it
/// (継続支援の要否); an empty value clears one.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record RecordCaseOutcome(Guid CaseId, string? Outcome, bool? FollowUpNeeded) : ICommand<bool>, IAuditTarget
{
    public string AuditTarget => "case:" + CaseId;
}

internal sealed class RecordCaseOutcomeHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<RecordCaseOutcome, bool>
{
    public async Task<bool> Handle(RecordCaseOutcome request, CancellationToken cancellationToken)
    {
        // GetCase refuses staff of other categories.
        await mediator.Send(new GetCase(request.CaseId), cancellationToken);
        var @case = await db.Cases.SingleAsync(c => c.Id == request.CaseId, cancellationToken);
        @case.Outcome = string.IsNullOrWhiteSpace(request.Outcome) ? null : request.Outcome.Trim();
        @case.FollowUpNeeded = request.FollowUpNeeded;
        @case.Revision++;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
