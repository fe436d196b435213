using CaseManagement.Core.Administration;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages.Decisions;

/// <summary>The decision table editor (dmn-js): the page hands the script the document's name and the API; the DMN
/// itself comes from the draft API.</summary>
public sealed class DecisionEditorModel(IMediator mediator) : PageModel
{
    public string DecisionRef { get; private set; } = "";

    public DecisionDraftView Draft { get; private set; } = null!;

    public async Task OnGetAsync(string decisionRef, CancellationToken ct)
    {
        DecisionRef = decisionRef;
        Draft = await mediator.Send(new GetDecisionDraft(decisionRef), ct);
    }
}
