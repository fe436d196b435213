using CaseManagement.Core.Administration;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages.Categories;

/// <summary>The admin's category list, with links to add and edit (and to other category settings pages).</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<CategorySummary> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Categories = await mediator.Send(new ListCategorySummaries(), ct);
}
