using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>Checks the notice itself.</summary>
public sealed class UpdateNoticeValidator : AbstractValidator<UpdateNotice>
{
    public UpdateNoticeValidator() => RuleFor(x => x.Notice).SetValidator(new NoticeInputValidator());
}
