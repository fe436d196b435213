using FluentValidation;
using Microsoft.Extensions.Options;

namespace CaseManagement.Core.Consultations;

/// <summary>A resident's file must be a JPEG, PNG or PDF by its content, within the size limit.</summary>
public sealed class AddResidentAttachmentValidator : AbstractValidator<AddResidentAttachment>
{
    public AddResidentAttachmentValidator(IOptions<AttachmentOptions> options) => Include(new AttachmentUploadRules(options));
}
