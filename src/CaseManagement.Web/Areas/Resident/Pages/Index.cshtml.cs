using CaseManagement.Core.Administration;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Resident.Pages;

/// <summary>The resident's start page: the categories one can consult in.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<CategoryView> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Categories = await mediator.Send(new ListCategories(), ct);
}
