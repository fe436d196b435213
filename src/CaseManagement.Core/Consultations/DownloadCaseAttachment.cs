using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>Staff of the case's category download one of its files; a command so that every download is audited.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record DownloadCaseAttachment(Guid CaseId, Guid AttachmentId) : ICommand<AttachmentFile>, IAuditTarget
{
    public string AuditTarget => "attachment:" + AttachmentId;
}

internal sealed class DownloadCaseAttachmentHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<DownloadCaseAttachment, AttachmentFile>
{
    public async Task<AttachmentFile> Handle(DownloadCaseAttachment request, CancellationToken cancellationToken)
    {
        var @case = await mediator.Send(new GetCase(request.CaseId), cancellationToken);
        return await ChatQueries.FileAsync(db, @case.Id, request.AttachmentId, cancellationToken)
            ?? throw new NotFoundException(Messages.Get("AttachmentNotFound"));
    }
}
