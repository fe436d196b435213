using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Tasks;

/// <summary>The assignment changes of one workflow instance, for auditors beside its path.</summary>
[Authorize(Roles.Auditor)]
public sealed record ListInstanceAssignments(Guid InstanceId) : IQuery<IReadOnlyList<AssignmentView>>;

internal sealed class ListInstanceAssignmentsHandler(CaseDbContext db, IMediator mediator)
    : IRequestHandler<ListInstanceAssignments, IReadOnlyList<AssignmentView>>
{
    public Task<IReadOnlyList<AssignmentView>> Handle(ListInstanceAssignments request, CancellationToken cancellationToken) =>
        AssignmentHistory.LoadAsync(db, mediator, db.WorkflowInstances.Where(i => i.Id == request.InstanceId).Select(i => i.Id), cancellationToken);
}
