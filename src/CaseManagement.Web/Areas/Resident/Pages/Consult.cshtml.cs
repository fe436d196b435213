using CaseManagement.Core.Administration;
using CaseManagement.Core.Consultations;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Resident.Pages;

/// <summary>A resident writes a first message in a category and chooses a PIN, without an account; or learns that
/// the category needs sign-in, or that the area is under maintenance (503).</summary>
public sealed class ConsultModel(IMediator mediator) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public string Message { get; set; } = "";

    // Never echoed back into the form: a PIN is typed, not shown.
    [BindProperty]
    public string Pin { get; set; } = "";

    [BindProperty]
    public string PinConfirmation { get; set; } = "";

    public ReceptionView? Reception { get; private set; }

    public NoticeView? Maintenance { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Maintenance is not null)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var started = await mediator.Send(new StartConsultation(Code, Message, Pin, PinConfirmation), ct);
        if (started.Grant is { } grant)
        {
            ConsultationGrantCookie.Write(Response, started.AccessToken, grant);
        }

        return Redirect($"/Resident/Consultation/{started.AccessToken}?started=true");
    }

    public async Task LoadAsync(CancellationToken ct)
    {
        Reception = await mediator.Send(new GetReception(Code), ct);
        Maintenance = await mediator.Send(new GetMaintenance(), ct);
    }
}
