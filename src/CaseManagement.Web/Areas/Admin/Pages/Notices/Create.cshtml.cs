using CaseManagement.Core.Administration;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages.Notices;

/// <summary>An admin publishes a notice or a maintenance window for a period.</summary>
public sealed class CreateModel(IMediator mediator, TimeProvider clock) : PageModel, IReloadablePage
{
    [BindProperty]
    public NoticeForm Notice { get; set; } = new();

    public void OnGet()
    {
        var now = clock.GetUtcNow();
        Notice = new NoticeForm { StartsAt = Localized.LocalInput(now), EndsAt = Localized.LocalInput(now.AddDays(7)) };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await mediator.Send(new PublishNotice(Notice.ToInput()), ct);
        return Redirect("/Admin/Notices");
    }

    // The form keeps what the admin typed; nothing else to load.
    public Task LoadAsync(CancellationToken ct) => Task.CompletedTask;
}
