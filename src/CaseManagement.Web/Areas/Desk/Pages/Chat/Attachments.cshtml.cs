using CaseManagement.Core.Consultations;
using CaseManagement.Web.Chat;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Desk.Pages.Chat;

/// <summary>A counselor sends the resident a photo or PDF from the task workspace, or downloads a file of the case.
/// A refused file shows why (this page) and changes nothing.</summary>
[AttachmentUploadLimit]
public sealed class AttachmentsModel(IMediator mediator) : PageModel, IReloadablePage
{
    [BindProperty(SupportsGet = true)]
    public Guid CaseId { get; set; }

    [BindProperty]
    public Guid? TaskId { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>The task workspace the form was on, or the queue.</summary>
    public string Back => TaskId is { } id ? $"/Desk/Task/{id}" : "/Desk";

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct) => id is { } attachmentId
        ? AttachmentDownload.Result(Response, await mediator.Send(new DownloadCaseAttachment(CaseId, attachmentId), ct))
        : Redirect(Back);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var file = HttpContext.Features.Get<UploadedFile>() ?? UploadedFile.None;
        await mediator.Send(new SendAttachmentToResident(CaseId, file.FileName, file.Content, Comment), ct);
        return ChatFragments.Done(this, Back);
    }

    public Task LoadAsync(CancellationToken ct) => Task.CompletedTask;
}
