using CaseManagement.Core.Administration;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Admin.Pages;

/// <summary>The admin's start page: published workflow versions and their running instances.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<WorkflowVersionView> Versions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Versions = await mediator.Send(new ListWorkflowVersions(), ct);
}
