using CaseManagement.Core.Tasks;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Desk.Pages;

/// <summary>The counselor's queue: open tasks of their categories, oldest first; claim one to work it.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel, IReloadablePage
{
    public IReadOnlyList<DeskTaskView> Tasks { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostClaimAsync(Guid taskId, CancellationToken ct)
    {
        await mediator.Send(new ClaimTask(taskId), ct);
        return Redirect($"/Desk/Task/{taskId}");
    }

    public async Task LoadAsync(CancellationToken ct) => Tasks = await mediator.Send(new ListDeskQueue(), ct);
}
