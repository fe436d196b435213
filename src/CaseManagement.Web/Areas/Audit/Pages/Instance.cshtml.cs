using CaseManagement.Core.Audit;
using CaseManagement.Core.Tasks;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Audit.Pages;

/// <summary>One workflow instance's path, drawn on its diagram version with the taken elements highlighted.</summary>
public sealed class InstanceModel(IMediator mediator) : PageModel
{
    public WorkflowPathView? Path { get; private set; }

    /// <summary>Who held the instance's tasks and how they came to (automatic, claim, release, reassign).</summary>
    public IReadOnlyList<AssignmentView> Assignments { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Path = await mediator.Send(new GetWorkflowPath(id), ct);
        Assignments = await mediator.Send(new ListInstanceAssignments(id), ct);
    }
}
