using CaseManagement.Core.Consultations;
using CaseManagement.Web.Chat;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Desk.Pages.Chat;

/// <summary>The desk's chat script: new messages of a case (list items), the state it polls without a live
/// connection, and the read mark when the hub is unavailable. Staff of the case's category only (Core decides).</summary>
public sealed class MessagesModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid CaseId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? after, CancellationToken ct)
    {
        var consultation = await mediator.Send(new GetCaseConsultation(CaseId), ct);
        var chat = await mediator.Send(new GetCaseChat(CaseId), ct);
        return ChatFragments.Items(this, consultation.Messages, chat, ChatSide.Staff, ChatUrls.Staff(CaseId).Attachments, after);
    }

    public async Task<IActionResult> OnGetStateAsync(CancellationToken ct) =>
        ChatFragments.State(await mediator.Send(new GetCaseChatState(CaseId), ct));

    public async Task<IActionResult> OnPostReadAsync(Guid messageId, CancellationToken ct)
    {
        await mediator.Send(new MarkReadByStaff(CaseId, messageId), ct);
        return ChatFragments.Done(this, "/Desk");
    }
}
