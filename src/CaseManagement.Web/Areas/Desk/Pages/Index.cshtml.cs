using CaseManagement.Core.Administration;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Tasks;
using CaseManagement.Web.Infrastructure;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Desk.Pages;

/// <summary>The desk queues: my tasks, each category's queue and (supervisors) its escalation queue, with counts,
/// SLA state, filters, sorting and paging. <c>?handler=Rows</c> renders only the queue (the same page), for live updates.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)]
    public string? Queue { get; set; }

    [BindProperty(SupportsGet = true)]
    public DeskAssigneeFilter Assignee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true)]
    public DeskSort Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    // Not "page": Razor Pages keeps that route value for the page's own name.
    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public int Size { get; set; } = PagedDeskQueue.PageSizes[0];

    public IReadOnlyList<DeskQueue> Queues { get; private set; } = [];

    public int MineCount { get; private set; }

    public PagedDeskQueue Result { get; private set; } = new([], 0, 1, PagedDeskQueue.PageSizes[0], new Dictionary<Guid, IReadOnlyList<string>>());

    public IReadOnlyList<DeskTaskView> Tasks => Result.Tasks;

    /// <summary>Null for staff who are not counselors (only counselors are given consultations automatically).</summary>
    public bool? OnDuty { get; private set; }

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

    public async Task<IActionResult> OnPostDutyAsync(bool onDuty, CancellationToken ct)
    {
        await mediator.Send(new SetOnDuty(onDuty), ct);
        return Redirect("/Desk");
    }

    /// <summary>This queue's address with the same filters and sort, on another page (or with another sort).</summary>
    public string Link(int? page = null, DeskSort? sort = null, bool? desc = null)
    {
        var query = new QueryString()
            .Add("Queue", Queue ?? "").Add("Assignee", Assignee.ToString()).Add("Tag", Tag ?? "")
            .Add("Sort", (sort ?? Sort).ToString()).Add("Desc", (desc ?? Desc) ? "true" : "false")
            .Add("Size", Size.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add("PageNumber", (page ?? Result.Page).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/Desk" + query;
    }

    public async Task LoadAsync(CancellationToken ct)
    {
        Queues = await mediator.Send(new ListMyDeskQueues(), ct);
        MineCount = await mediator.Send(new CountMyOpenTasks(), ct);
        OnDuty = User.IsInRole(Roles.Counselor) ? await mediator.Send(new GetMyDuty(), ct) : null;
        try
        {
            Result = await mediator.Send(new PageDeskQueue(Queue, Assignee, Tag, Sort, Desc, PageNumber, Size), ct);
        }
        catch (ValidationException refused)
        {
            // A hand-edited address: say what was wrong and show the first page of the usual size.
            foreach (var e in refused.Errors)
            {
                ModelState.AddModelError(e.PropertyName, e.ErrorMessage);
            }

            (PageNumber, Size) = (1, PagedDeskQueue.PageSizes[0]);
            Result = await mediator.Send(new PageDeskQueue(Queue, Assignee, Tag, Sort, Desc), ct);
        }
    }
}
