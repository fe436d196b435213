using CaseManagement.Core.Administration;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Areas.Admin.Pages.Categories;

/// <summary>An admin changes a category's settings; the code stays.</summary>
public sealed class EditModel(IMediator mediator) : CategoryFormPage(mediator), IReloadablePage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Settings = await Mediator.Send(new GetCategorySettings(Code), ct);
        await LoadWorkflowsAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await Mediator.Send(new UpdateCategory(Settings with { Code = Code }), ct);
        return Redirect("/Admin/Categories?saved=" + Uri.EscapeDataString(Code));
    }

    public async Task LoadAsync(CancellationToken ct)
    {
        Settings = Settings with { Code = Code, Hours = FullWeek(Settings.Hours) };
        await LoadWorkflowsAsync(ct);
    }
}
