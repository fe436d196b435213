using CaseManagement.Core.Cases;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Resident.Pages.Mine;

/// <summary>わたしの相談: the signed-in resident's own consultations.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<CaseView> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Cases = await mediator.Send(new ListResidentCases(), ct);
}
