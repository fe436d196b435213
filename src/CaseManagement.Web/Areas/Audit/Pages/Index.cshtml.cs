using CaseManagement.Core.Audit;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Audit.Pages;

/// <summary>The auditor's start page: the newest audit rows (read-only).</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<AuditEntryView> Entries { get; private set; } = [];

    public IReadOnlyList<InstanceSummary> Instances { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Instances = await mediator.Send(new ListRecentInstances(), ct);
        Entries = await mediator.Send(new ListAuditEntries(), ct);
    }
}
