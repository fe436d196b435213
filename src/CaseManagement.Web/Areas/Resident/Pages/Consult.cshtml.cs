using CaseManagement.Core.Administration;
using CaseManagement.Core.Consultations;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Resident.Pages;

/// <summary>A resident writes a first message in a category, without an account.</summary>
public sealed class ConsultModel(IMediator mediator) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public string Message { get; set; } = "";

    public CategoryView? Category { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var started = await mediator.Send(new StartConsultation(Code, Message), ct);
        return Redirect($"/Resident/Consultation/{started.AccessToken}?started=true");
    }

    public async Task LoadAsync(CancellationToken ct) => Category = await mediator.Send(new FindCategory(Code), ct);
}
