using CaseManagement.Core.Administration;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages.Staff;

/// <summary>One staff member: name, roles and categories; disable or enable; new password; reset authenticator.</summary>
public sealed class EditModel(StaffAccounts accounts, IMediator mediator) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string DisplayName { get; set => field = value ?? ""; } = "";

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public List<string> Categories { get; set; } = [];

    [BindProperty]
    public string NewPassword { get; set => field = value ?? ""; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public StaffAccountView Account { get; private set; } = null!;

    public IReadOnlyList<CategoryView> AllCategories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        DisplayName = Account.DisplayName;
        Roles = [.. Account.Roles];
        Categories = [.. Account.CategoryCodes];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await accounts.ChangeAccessAsync(Id, DisplayName, Roles, Categories, ct);
        return Back("access");
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        await accounts.SetEnabledAsync(Id, enabled: false, ct);
        return Back("disabled");
    }

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken ct)
    {
        await accounts.SetEnabledAsync(Id, enabled: true, ct);
        return Back("enabled");
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken ct)
    {
        var errors = await accounts.ResetPasswordAsync(Id, NewPassword, ct);
        if (errors.Count == 0)
        {
            return Back("password");
        }

        foreach (var e in errors)
        {
            ModelState.AddModelError(nameof(NewPassword), e);
        }

        await LoadAsync(ct);
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    public async Task<IActionResult> OnPostResetTotpAsync(CancellationToken ct)
    {
        await accounts.ResetTotpAsync(Id, ct);
        return Back("totp");
    }

    public async Task LoadAsync(CancellationToken ct)
    {
        Account = await accounts.FindAsync(Id, ct) ?? throw new NotFoundException(Messages.Get("StaffNotFound"));
        AllCategories = await mediator.Send(new ListCategories(IncludeInactive: true), ct);
        if (Request.Method == HttpMethods.Post && string.IsNullOrEmpty(DisplayName))
        {
            DisplayName = Account.DisplayName;
        }
    }

    private RedirectResult Back(string done) => Redirect($"/Admin/Staff/Edit/{Id}?Done={done}");
}
