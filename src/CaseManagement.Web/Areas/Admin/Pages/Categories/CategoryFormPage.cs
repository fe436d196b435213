using CaseManagement.Core.Administration;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages.Categories;

/// <summary>What the create and edit pages share: the bound settings and the published workflows to choose from.</summary>
public abstract class CategoryFormPage(IMediator mediator) : PageModel
{
    [BindProperty]
    public CategorySettings Settings { get; set; } = new();

    public IReadOnlyList<string> Workflows { get; private set; } = [];

    protected IMediator Mediator => mediator;

    protected async Task LoadWorkflowsAsync(CancellationToken ct) =>
        Workflows = [.. (await mediator.Send(new ListWorkflowVersions(), ct)).Select(v => v.ProcessId).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Seven rows, Monday first, whatever the form posted.</summary>
    protected static IReadOnlyList<WeekdayReception> FullWeek(IReadOnlyList<WeekdayReception> hours) =>
        [.. WeekdayReception.Week.Select(d => hours.FirstOrDefault(h => h.Weekday == d) ?? new WeekdayReception { Weekday = d })];
}
