using CaseManagement.Core.Common.Resources;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CaseManagement.Core.Consultations;

/// <summary>What every attached file must be: not empty, within the size limit, and really a JPEG, PNG or PDF by its
/// content. Included by the resident's and the staff's upload validators.</summary>
internal sealed class AttachmentUploadRules : AbstractValidator<IAttachmentUpload>
{
    public AttachmentUploadRules(IOptions<AttachmentOptions> configured)
    {
        var options = configured.Value;
        RuleFor(x => x.Content).Cascade(CascadeMode.Stop)
            .Must(c => c is { Length: > 0 }).WithMessage(_ => Messages.Get("AttachmentRequired"))
            .Must(c => c.LongLength <= options.MaxBytes).WithMessage(_ => Messages.Format("AttachmentTooLarge", options.MaxSizeText))
            .Must(c => AttachmentType.Sniff(c) is not null).WithMessage(_ => Messages.Get("AttachmentTypeNotAllowed"));
        RuleFor(x => x.Comment).MaximumLength(MessageRules.MaxLength).WithMessage(_ => Messages.Get("MessageTooLong"));
    }
}
