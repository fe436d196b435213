using CaseManagement.Core.Consultations;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Resident.Pages;

/// <summary>The resident's consultation, opened through the secret link: messages and replies.</summary>
public sealed class ConsultationModel(IMediator mediator) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public bool Started { get; set; }

    [BindProperty]
    public string Message { get; set; } = "";

    public ConsultationView? View { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await mediator.Send(new AddResidentMessage(Token, Message), ct);
        return Redirect($"/Resident/Consultation/{Token}");
    }

    public async Task LoadAsync(CancellationToken ct) => View = await mediator.Send(new GetConsultation(Token), ct);
}
