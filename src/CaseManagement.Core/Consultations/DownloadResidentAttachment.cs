using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>The resident downloads a file of their own consultation. A command, not a query, so that every download
/// (and every refused one) is in the audit log with who, from where and when.</summary>
[AllowAnyone]
public sealed record DownloadResidentAttachment(string Token, Guid AttachmentId, string? Grant = null) : ICommand<AttachmentFile>, IAuditTarget
{
    public string AuditTarget => "attachment:" + AttachmentId;
}

internal sealed class DownloadResidentAttachmentHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<DownloadResidentAttachment, AttachmentFile>
{
    public async Task<AttachmentFile> Handle(DownloadResidentAttachment request, CancellationToken cancellationToken)
    {
        var @case = await mediator.Send(new FindCaseByAccessToken(request.Token, request.Grant), cancellationToken);
        return await ChatQueries.FileAsync(db, @case.Id, request.AttachmentId, cancellationToken)
            ?? throw new NotFoundException(Messages.Get("AttachmentNotFound"));
    }
}
