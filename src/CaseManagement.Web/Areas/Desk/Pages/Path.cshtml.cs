using CaseManagement.Core.Audit;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Desk.Pages;

/// <summary>A case's workflow path for supervisors at the desk (経路を見る): the audit area's path viewer, reached from
/// the case. Counselors are refused here as by <see cref="GetWorkflowPath"/> itself.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Supervisor)]
public sealed class PathModel(IMediator mediator) : PageModel
{
    /// <summary>The task the supervisor came from, for the way back.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? TaskId { get; set; }

    public WorkflowPathView Path { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Path = await mediator.Send(new GetWorkflowPath(id), ct);
}
