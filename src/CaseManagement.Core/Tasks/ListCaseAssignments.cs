using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Tasks;

/// <summary>Who held the case's tasks, and how they came to (automatic, claim, release, reassign): the workspace's
/// history, for staff of the case's category.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record ListCaseAssignments(Guid CaseId) : IQuery<IReadOnlyList<AssignmentView>>;

internal sealed class ListCaseAssignmentsHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<ListCaseAssignments, IReadOnlyList<AssignmentView>>
{
    public async Task<IReadOnlyList<AssignmentView>> Handle(ListCaseAssignments request, CancellationToken cancellationToken)
    {
        // GetCase refuses staff of other categories.
        await mediator.Send(new GetCase(request.CaseId), cancellationToken);
        var key = request.CaseId.ToString();
        return await AssignmentHistory.LoadAsync(db, mediator, db.WorkflowInstances.Where(i => i.BusinessKey == key).Select(i => i.Id), cancellationToken);
    }
}
