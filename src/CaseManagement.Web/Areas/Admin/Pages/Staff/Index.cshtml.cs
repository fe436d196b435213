using CaseManagement.Web.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages.Staff;

/// <summary>The staff list: name, user name, roles, categories, disabled, authenticator enrolled.</summary>
public sealed class IndexModel(StaffAccounts accounts) : PageModel
{
    public IReadOnlyList<StaffAccountView> Staff { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Staff = await accounts.ListAsync(ct);
}
