using CaseManagement.Core.Administration;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Areas.Admin.Pages.Categories;

/// <summary>An admin adds a category (消費生活, 婚活, 移住, 聴覚障がい者…); weekdays 8:30–17:15 are proposed.</summary>
public sealed class CreateModel(IMediator mediator) : CategoryFormPage(mediator), IReloadablePage
{
    public async Task OnGetAsync(CancellationToken ct)
    {
        Settings = new CategorySettings
        {
            WorkflowProcessId = "consultation",
            Hours = [.. WeekdayReception.Week.Select(d => d is DayOfWeek.Saturday or DayOfWeek.Sunday
                ? new WeekdayReception { Weekday = d }
                : new WeekdayReception { Weekday = d, Open = true, Opens = "08:30", Closes = "17:15" })],
        };
        await LoadWorkflowsAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await Mediator.Send(new CreateCategory(Settings), ct);
        return Redirect("/Admin/Categories?saved=" + Uri.EscapeDataString(Settings.Code));
    }

    public async Task LoadAsync(CancellationToken ct)
    {
        Settings = Settings with { Hours = FullWeek(Settings.Hours) };
        await LoadWorkflowsAsync(ct);
    }
}
