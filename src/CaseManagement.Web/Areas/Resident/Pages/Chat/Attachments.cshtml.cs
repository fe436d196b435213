using CaseManagement.Core.Consultations;
using CaseManagement.Web.Chat;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Resident.Pages.Chat;

/// <summary>The resident sends a photo or PDF into their consultation, or downloads one of its files. A refused
/// file shows why (this page) and changes nothing.</summary>
[AttachmentUploadLimit]
public sealed class AttachmentsModel(IMediator mediator) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public string? Comment { get; set; }

    private string? Grant => ConsultationGrantCookie.Read(Request);

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct) => id is { } attachmentId
        ? AttachmentDownload.Result(Response, await mediator.Send(new DownloadResidentAttachment(Token, attachmentId, Grant), ct))
        : Redirect($"/Resident/Consultation/{Token}");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var file = HttpContext.Features.Get<UploadedFile>() ?? UploadedFile.None;
        await mediator.Send(new AddResidentAttachment(Token, file.FileName, file.Content, Comment, Grant), ct);
        return ChatFragments.Done(this, $"/Resident/Consultation/{Token}");
    }

    /// <summary>Nothing to load: the refusal page shows only the reason and the way back.</summary>
    public Task LoadAsync(CancellationToken ct) => Task.CompletedTask;
}
