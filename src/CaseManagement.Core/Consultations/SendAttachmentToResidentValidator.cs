using FluentValidation;
using Microsoft.Extensions.Options;

namespace CaseManagement.Core.Consultations;

/// <summary>A staff member's file must be a JPEG, PNG or PDF by its content, within the size limit.</summary>
public sealed class SendAttachmentToResidentValidator : AbstractValidator<SendAttachmentToResident>
{
    public SendAttachmentToResidentValidator(IOptions<AttachmentOptions> options) => Include(new AttachmentUploadRules(options));
}
