using CaseManagement.Core.Administration;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages.Decisions;

/// <summary>A DMN document's published versions, and the diff of two of them (or of one and the draft).</summary>
public sealed class DecisionVersionsModel(IMediator mediator) : PageModel
{
    public string DecisionRef { get; private set; } = "";

    public IReadOnlyList<DecisionVersionView> Versions { get; private set; } = [];

    public bool HasDraft { get; private set; }

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    /// <summary>The version to compare with; 0 means the draft.</summary>
    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    public DecisionDiffView? Diff { get; private set; }

    public async Task OnGetAsync(string decisionRef, CancellationToken ct)
    {
        DecisionRef = decisionRef;
        Versions = await mediator.Send(new ListDecisionVersions(decisionRef), ct);
        HasDraft = (await mediator.Send(new ListDecisions(), ct)).Any(d => d.DecisionRef == decisionRef && d.DraftRevision is not null);
        if (From is { } from && To is { } to)
        {
            Diff = await mediator.Send(new CompareDecisionVersions(decisionRef, from, to == 0 ? null : to), ct);
        }
    }
}
