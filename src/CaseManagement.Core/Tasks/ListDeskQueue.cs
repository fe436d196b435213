using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Tasks;

/// <summary>The open tasks of every category the staff member works, oldest first.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record ListDeskQueue : IQuery<IReadOnlyList<DeskTaskView>>;

internal sealed class ListDeskQueueHandler(CaseDbContext db, DeskTasks desk) : IRequestHandler<ListDeskQueue, IReadOnlyList<DeskTaskView>>
{
    public async Task<IReadOnlyList<DeskTaskView>> Handle(ListDeskQueue request, CancellationToken cancellationToken)
    {
        var queues = await desk.MyQueuesAsync(cancellationToken);
        return await desk.ViewsAsync(db.WorkTasks.Where(t => t.Status == "open" && t.Queue != null && queues.Contains(t.Queue)), cancellationToken);
    }
}
