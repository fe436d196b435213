using CaseManagement.Core.Administration;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages.Notices;

/// <summary>The admin's notices and maintenance windows, latest first; withdrawing one is a POST.</summary>
public sealed class IndexModel(IMediator mediator, TimeProvider clock) : PageModel
{
    public IReadOnlyList<NoticeView> Notices { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        Notices = await mediator.Send(new ListNotices(), ct);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct)
    {
        await mediator.Send(new WithdrawNotice(id), ct);
        return Redirect("/Admin/Notices");
    }
}
