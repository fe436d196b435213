using CaseManagement.Core.Administration;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages;

/// <summary>A process's published versions with their instances, and the diff of two of them (or of one and the draft).</summary>
public sealed class VersionsModel(IMediator mediator) : PageModel
{
    public string ProcessId { get; private set; } = "";

    public IReadOnlyList<WorkflowVersionView> Versions { get; private set; } = [];

    public bool HasDraft { get; private set; }

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    /// <summary>The version to compare with; 0 means the draft.</summary>
    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    public WorkflowDiffView? Diff { get; private set; }

    public async Task OnGetAsync(string processId, CancellationToken ct)
    {
        ProcessId = processId;
        Versions = await mediator.Send(new ListWorkflowVersions(processId), ct);
        HasDraft = (await mediator.Send(new ListWorkflows(), ct)).Any(w => w.ProcessId == processId && w.DraftRevision is not null);
        if (From is { } from && To is { } to)
        {
            Diff = await mediator.Send(new CompareWorkflowVersions(processId, from, to == 0 ? null : to), ct);
        }
    }
}
