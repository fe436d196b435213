using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Statistics;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Desk.Pages;

/// <summary>Statistics of the supervisor's categories for a period (default: this month in Japan).</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Supervisor)]
public sealed class StatisticsModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public CaseStatisticsView? Statistics { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (first, last) = JapanTime.MonthOf(clock.GetUtcNow());
        (From, To) = (From ?? first, To ?? last);
        Statistics = await mediator.Send(new GetCaseStatistics(From.Value, To.Value), ct);
    }

    /// <summary>The same figures and the case list as a CSV download (audited by the export command).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CsvEncoding encoding, CancellationToken ct)
    {
        var (first, last) = JapanTime.MonthOf(clock.GetUtcNow());
        var csv = await mediator.Send(new ExportCaseStatistics(From ?? first, To ?? last, encoding), ct);
        return File(csv.Content, csv.ContentType, csv.FileName);
    }
}
