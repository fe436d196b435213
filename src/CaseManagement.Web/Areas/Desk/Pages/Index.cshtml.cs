using CaseManagement.Core.Tasks;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Desk.Pages;

/// <summary>The desk queues: my tasks, each category's queue and (supervisors) its escalation queue, with counts,
/// SLA state and filters. <c>?handler=Rows</c> renders only the queue, for live updates.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)]
    public string? Queue { get; set; }

    [BindProperty(SupportsGet = true)]
    public DeskAssigneeFilter Assignee { get; set; }

    public IReadOnlyList<DeskQueue> Queues { get; private set; } = [];

    public int MineCount { get; private set; }

    public IReadOnlyList<DeskTaskView> Tasks { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnGetRowsAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Partial("_DeskQueue", this);
    }

    public async Task<IActionResult> OnPostClaimAsync(Guid taskId, CancellationToken ct)
    {
        await mediator.Send(new ClaimTask(taskId), ct);
        return Redirect($"/Desk/Task/{taskId}");
    }

    public async Task LoadAsync(CancellationToken ct)
    {
        Queues = await mediator.Send(new ListMyDeskQueues(), ct);
        MineCount = (await mediator.Send(new ListDeskQueue(null, DeskAssigneeFilter.Mine), ct)).Count;
        Tasks = await mediator.Send(new ListDeskQueue(Queue, Assignee), ct);
    }
}
