using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>Checks the notice itself.</summary>
public sealed class PublishNoticeValidator : AbstractValidator<PublishNotice>
{
    public PublishNoticeValidator() => RuleFor(x => x.Notice).SetValidator(new NoticeInputValidator());
}
