using CaseManagement.Core.Administration;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages;

/// <summary>The admin's start page: the workflows (with their drafts) to open in the designer, and every published version.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<WorkflowSummary> Workflows { get; private set; } = [];

    public IReadOnlyList<WorkflowVersionView> Versions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Workflows = await mediator.Send(new ListWorkflows(), ct);
        Versions = await mediator.Send(new ListWorkflowVersions(), ct);
    }
}
