using CaseManagement.Core.Administration;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Resident.Pages;

/// <summary>The resident's start page: current notices (maintenance first) and the categories one can consult in.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<CategoryView> Categories { get; private set; } = [];

    public IReadOnlyList<NoticeView> Notices { get; private set; } = [];

    public bool UnderMaintenance => Notices.Any(n => n.Kind == NoticeKind.Maintenance);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Notices = await mediator.Send(new ListCurrentNotices(), ct);
        Categories = await mediator.Send(new ListCategories(), ct);
    }
}
