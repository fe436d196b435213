using CaseManagement.Core.Administration;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages.Categories;

/// <summary>自動割当: per category, how new consultations are handed out (none, round-robin, least-loaded) among its
/// counselors at their desk.</summary>
public sealed class AssignmentModel(IMediator mediator) : PageModel, IReloadablePage
{
    [BindProperty]
    public string CategoryCode { get; set; } = "";

    [BindProperty]
    public string Mode { get; set; } = "";

    public IReadOnlyList<CategoryAssignmentView> Categories { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await mediator.Send(new SetCategoryAssignment(CategoryCode, Mode), ct);
        TempData["Saved"] = CategoryCode;
        return Redirect("/Admin/Categories/Assignment");
    }

    public async Task LoadAsync(CancellationToken ct) => Categories = await mediator.Send(new ListCategoryAssignments(), ct);
}
