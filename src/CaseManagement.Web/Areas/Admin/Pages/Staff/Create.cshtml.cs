using CaseManagement.Core.Administration;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages.Staff;

/// <summary>An admin creates a staff member: sign-in account, initial password, roles and categories.</summary>
public sealed class CreateModel(StaffAccounts accounts, IMediator mediator) : PageModel, IReloadablePage
{
    [BindProperty]
    public NewStaffAccount Account { get; set; } = new();

    public IReadOnlyList<CategoryView> Categories { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = await accounts.CreateAsync(Account, ct);
        if (errors.Count == 0)
        {
            return Redirect("/Admin/Staff");
        }

        foreach (var e in errors)
        {
            ModelState.AddModelError(string.Empty, e);
        }

        await LoadAsync(ct);
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    public async Task LoadAsync(CancellationToken ct) => Categories = await mediator.Send(new ListCategories(IncludeInactive: true), ct);
}
