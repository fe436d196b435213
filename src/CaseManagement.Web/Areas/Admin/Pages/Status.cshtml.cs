using System.Globalization;
using CaseManagement.Core.Operations;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages;

/// <summary>システムの状態: app nodes, desk queue depths, pending timers, outbox, disk and the last backup.</summary>
public sealed class StatusModel(IMediator mediator) : PageModel
{
    public SystemStatusView Status { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Status = await mediator.Send(new GetSystemStatus(), ct);

    /// <summary>"3時間5分" / "3 h 5 min": ages on this page are hours and minutes, or seconds when short.</summary>
    public static string Age(TimeSpan age, bool english) => age switch
    {
        { TotalMinutes: < 1 } => english ? $"{(int)age.TotalSeconds} s" : $"{(int)age.TotalSeconds}秒",
        { TotalHours: < 1 } => english ? $"{age.Minutes} min" : $"{age.Minutes}分",
        _ => english ? $"{(int)age.TotalHours} h {age.Minutes} min" : $"{(int)age.TotalHours}時間{age.Minutes}分",
    };

    public static string Gigabytes(long bytes) => (bytes / 1024d / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture) + " GB";

    public static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
