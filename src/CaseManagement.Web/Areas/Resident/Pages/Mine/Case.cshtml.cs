using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Consultations;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Resident.Pages.Mine;

/// <summary>One of the signed-in resident's consultations (someone else's is refused by Core, and audited).</summary>
public sealed class CaseModel(IMediator mediator) : PageModel, IReloadablePage
{
    private ForbiddenException? refusal;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string Message { get; set; } = "";

    public ConsultationView? View { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await mediator.Send(new AddMyMessage(Id, Message), ct);
        }
        catch (ForbiddenException e)
        {
            refusal = e;
            throw;
        }

        return Redirect($"/Resident/Mine/{Id}");
    }

    public async Task LoadAsync(CancellationToken ct)
    {
        // Refused once on this request: the page filter's reload must not ask (and be audited) a second time.
        if (refusal is not null)
        {
            throw refusal;
        }

        try
        {
            View = await mediator.Send(new GetMyConsultation(Id), ct);
        }
        catch (ForbiddenException e)
        {
            refusal = e;
            throw;
        }
    }
}
