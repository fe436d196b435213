using CaseManagement.Core.Administration;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages.Categories;

/// <summary>Per category, the items counselors must record before a case closes (終了チェックリスト).</summary>
public sealed class ChecklistModel(IMediator mediator) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty]
    public List<string> Items { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public IReadOnlyList<CategoryView> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Category is not null)
        {
            Items = [.. await mediator.Send(new GetClosureChecklist(Category), ct)];
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await mediator.Send(new SetClosureChecklist(Category ?? "", Items), ct);
        return Redirect($"/Admin/Categories/Checklist?Category={Uri.EscapeDataString(Category ?? "")}&Saved=true");
    }

    public async Task LoadAsync(CancellationToken ct)
    {
        Categories = await mediator.Send(new ListCategories(IncludeInactive: true), ct);
        if (Category is null || Categories.All(c => c.Code != Category))
        {
            Category = Categories.FirstOrDefault()?.Code;
        }
    }
}
