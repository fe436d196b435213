using CaseManagement.Core.Administration;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages.Decisions;

/// <summary>The DMN decision tables business rule tasks use, to open in the editor or compare by version.</summary>
public sealed class DecisionsIndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<DecisionSummary> Decisions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Decisions = await mediator.Send(new ListDecisions(), ct);
}
