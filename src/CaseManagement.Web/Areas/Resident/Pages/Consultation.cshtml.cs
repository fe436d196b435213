using CaseManagement.Core.Administration;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Consultations;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Resident.Pages;

/// <summary>The resident's consultation behind the secret link: first the PIN (unless this browser entered it in the
/// last hour), then messages and replies. An expired link answers 410 with a clear page; a locked one 429.</summary>
public sealed class ConsultationModel(IMediator mediator) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public bool Started { get; set; }

    [BindProperty]
    public string Message { get; set; } = "";

    [BindProperty]
    public string Pin { get; set; } = "";

    public LinkStatus? Link { get; private set; }

    public PinCheck? PinResult { get; private set; }

    public ConsultationView? View { get; private set; }

    public NoticeView? Maintenance { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Response.StatusCode = Link!.State switch
        {
            LinkState.Expired => StatusCodes.Status410Gone,
            LinkState.Locked => StatusCodes.Status429TooManyRequests,
            _ => StatusCodes.Status200OK,
        };
    }

    public async Task<IActionResult> OnPostPinAsync(CancellationToken ct)
    {
        PinResult = await mediator.Send(new UnlockConsultationLink(Token, Pin), ct);
        if (PinResult is { Outcome: PinOutcome.Accepted })
        {
            if (PinResult.Grant is { } grant)
            {
                ConsultationGrantCookie.Write(Response, Token, grant);
            }

            return Redirect($"/Resident/Consultation/{Token}");
        }

        await LoadAsync(ct);
        var page = Page();
        page.StatusCode = PinResult.Outcome == PinOutcome.Locked ? StatusCodes.Status429TooManyRequests : StatusCodes.Status400BadRequest;
        return page;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await mediator.Send(new AddResidentMessage(Token, Message, ConsultationGrantCookie.Read(Request)), ct);
        return Redirect($"/Resident/Consultation/{Token}");
    }

    /// <summary>"この端末から消す": forget the PIN entry and everything this site kept in the browser.</summary>
    public IActionResult OnPostLeave()
    {
        ConsultationGrantCookie.Delete(Response, Token);
        ClearSiteData.Apply(Response);
        return Redirect("/?left=true");
    }

    public async Task LoadAsync(CancellationToken ct)
    {
        Link = await mediator.Send(new GetLinkStatus(Token, ConsultationGrantCookie.Read(Request)), ct);
        if (Link.State == LinkState.Open)
        {
            View = await mediator.Send(new GetConsultation(Token, ConsultationGrantCookie.Read(Request)), ct);
            Maintenance = await mediator.Send(new GetMaintenance(), ct);
        }
    }
}
