using CaseManagement.Core.Administration;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages.Notices;

/// <summary>An admin corrects a notice or moves its period.</summary>
public sealed class EditModel(IMediator mediator) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public NoticeForm Notice { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Notice = NoticeForm.From(await mediator.Send(new GetNotice(Id), ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await mediator.Send(new UpdateNotice(Id, Notice.ToInput()), ct);
        return Redirect("/Admin/Notices");
    }

    // The form keeps what the admin typed; nothing else to load.
    public Task LoadAsync(CancellationToken ct) => Task.CompletedTask;
}
