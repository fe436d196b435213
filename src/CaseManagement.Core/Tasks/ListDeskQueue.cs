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

internal sealed class ListDeskQueueHandler(DeskTasks desk, ICurrentActor actor) : IRequestHandler<ListDeskQueue, IReadOnlyList<DeskTaskView>>
{
    public async Task<IReadOnlyList<DeskTaskView>> Handle(ListDeskQueue request, CancellationToken cancellationToken)
    {
        var tasks = (await desk.VisibleAsync(cancellationToken)).Where(t => t.Status == "open");
        if (!string.IsNullOrEmpty(request.Queue))
        {
            tasks = tasks.Where(t => t.Queue == request.Queue);
        }

        var me = actor.StaffId?.ToString();
        tasks = request.Assignee switch
        {
            DeskAssigneeFilter.Mine => tasks.Where(t => t.Assignee == me),
            DeskAssigneeFilter.Unassigned => tasks.Where(t => t.Assignee == null),
            _ => tasks,
        };
        return await desk.ViewsAsync(tasks, cancellationToken);
    }
}
