using CaseManagement.Core.Audit;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Audit.Pages;

/// <summary>One case's complete history for the auditor: messages, tasks, workflow path, every audit row and the
/// staff who viewed it (opening this page is itself recorded).</summary>
public sealed class CaseModel(IMediator mediator) : PageModel
{
    public CaseHistoryView? History { get; private set; }

    public async Task OnGetAsync(string number, CancellationToken ct) => History = await mediator.Send(new GetCaseHistory(number), ct);
}
