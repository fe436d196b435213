using CaseManagement.Core.Audit;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Audit.Pages;

/// <summary>One workflow instance's path, drawn on its diagram version with the taken elements highlighted.</summary>
public sealed class InstanceModel(IMediator mediator) : PageModel
{
    public WorkflowPathView? Path { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Path = await mediator.Send(new GetWorkflowPath(id), ct);
}
