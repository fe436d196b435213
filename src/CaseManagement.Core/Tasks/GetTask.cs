using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Tasks;

/// <summary>One task of the staff member's queues (open or done), with its case.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record GetTask(Guid TaskId) : IQuery<DeskTaskView>;

internal sealed class GetTaskHandler(DeskTasks desk) : IRequestHandler<GetTask, DeskTaskView>
{
    public async Task<DeskTaskView> Handle(GetTask request, CancellationToken cancellationToken)
    {
        var visible = await desk.VisibleAsync(cancellationToken);
        var views = await desk.ViewsAsync(visible.Where(t => t.Id == request.TaskId), cancellationToken);
        return views.SingleOrDefault() ?? throw new NotFoundException(Messages.Get("TaskNotFound"));
    }
}
