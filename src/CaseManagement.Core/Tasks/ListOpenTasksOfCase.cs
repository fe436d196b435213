using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>The open tasks of one case (who may reply is whoever holds one).</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record ListOpenTasksOfCase(Guid CaseId) : IQuery<IReadOnlyList<DeskTaskView>>;

internal sealed class ListOpenTasksOfCaseHandler(CaseDbContext db, DeskTasks desk) : IRequestHandler<ListOpenTasksOfCase, IReadOnlyList<DeskTaskView>>
{
    public async Task<IReadOnlyList<DeskTaskView>> Handle(ListOpenTasksOfCase request, CancellationToken cancellationToken)
    {
        var key = request.CaseId.ToString();
        var instanceIds = db.WorkflowInstances.Where(i => i.BusinessKey == key).Select(i => i.Id);
        return await desk.ViewsAsync(db.WorkTasks.Where(t => t.Status == "open" && instanceIds.Contains(t.InstanceId)), cancellationToken);
    }
}
