using CaseManagement.Core.Administration;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>The resident attaches a photo or a PDF (with an optional comment) through their secret link while the
/// consultation is open (with the grant of their PIN, when the link has one). Refused during maintenance.</summary>
[AllowAnyone]
public sealed record AddResidentAttachment(string Token, string FileName, byte[] Content, string? Comment = null, string? Grant = null)
    : ICommand<Guid>, IAttachmentUpload;

internal sealed class AddResidentAttachmentHandler(CaseDbContext db, IMediator mediator, TimeProvider clock)
    : IRequestHandler<AddResidentAttachment, Guid>
{
    public async Task<Guid> Handle(AddResidentAttachment request, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetMaintenance(), cancellationToken) is not null)
        {
            throw new ConflictException(Messages.Get("ResidentMaintenance"));
        }

        var @case = await mediator.Send(new FindCaseByAccessToken(request.Token, request.Grant), cancellationToken);
        if (@case.Status == CaseStatus.Closed)
        {
            throw new ConflictException(Messages.Get("CaseClosed"));
        }

        var messageId = Attachments.Add(db, @case.Id, MessageAuthor.Resident, null, request, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return messageId;
    }
}
