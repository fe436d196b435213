using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Tasks;

/// <summary>The open tasks the staff member may see, oldest first; optionally of one queue (a category or its
/// escalation queue) and by assignee.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record ListDeskQueue(string? Queue = null, DeskAssigneeFilter Assignee = DeskAssigneeFilter.All)
    : IQuery<IReadOnlyList<DeskTaskView>>;

internal sealed class ListDeskQueueHandler(DeskTasks desk) : IRequestHandler<ListDeskQueue, IReadOnlyList<DeskTaskView>>
{
    public async Task<IReadOnlyList<DeskTaskView>> Handle(ListDeskQueue request, CancellationToken cancellationToken) =>
        await desk.ViewsAsync(await desk.OpenAsync(request.Queue, request.Assignee, null, cancellationToken), cancellationToken);
}
