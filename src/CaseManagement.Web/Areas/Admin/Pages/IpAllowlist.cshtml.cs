using CaseManagement.Core.Administration;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages;

/// <summary>The staff IP allowlist (one address or CIDR per line; empty: every address), with the lock-out guard.</summary>
public sealed class IpAllowlistModel(IMediator mediator, StaffIpAllowlist allowlist) : PageModel, IReloadablePage
{
    [BindProperty]
    public string Ranges { get; set; } = "";

    [BindProperty]
    public bool ConfirmExcludingMyself { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public string? CurrentAddress => HttpContext.Connection.RemoteIpAddress is { } a ? (a.IsIPv4MappedToIPv6 ? a.MapToIPv4() : a).ToString() : null;

    public async Task OnGetAsync(CancellationToken ct) =>
        Ranges = string.Join('\n', await mediator.Send(new GetStaffIpAllowlist(), ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var lines = Ranges.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        await mediator.Send(new SetStaffIpAllowlist(lines, ConfirmExcludingMyself), ct);
        allowlist.Invalidate();
        return Redirect("/Admin/IpAllowlist?Saved=true");
    }

    public Task LoadAsync(CancellationToken ct) => Task.CompletedTask;
}
