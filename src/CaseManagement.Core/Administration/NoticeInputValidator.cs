using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>A notice needs a Japanese title, texts within their limits and a period that ends after it starts.</summary>
public sealed class NoticeInputValidator : AbstractValidator<NoticeInput>
{
    public NoticeInputValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage(_ => Messages.Get("NoticeKindInvalid"));
        RuleFor(x => x.TitleJa).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => Messages.Get("NoticeTitleRequired"))
            .MaximumLength(100).WithMessage(_ => Messages.Get("NoticeTitleTooLong"));
        RuleFor(x => x.TitleEn).MaximumLength(100).WithMessage(_ => Messages.Get("NoticeTitleTooLong"));
        RuleFor(x => x.BodyJa).MaximumLength(2000).WithMessage(_ => Messages.Get("NoticeBodyTooLong"));
        RuleFor(x => x.BodyEn).MaximumLength(2000).WithMessage(_ => Messages.Get("NoticeBodyTooLong"));
        RuleFor(x => x.StartsAt).NotNull().WithMessage(_ => Messages.Get("NoticeStartsRequired"));
        RuleFor(x => x.EndsAt).NotNull().WithMessage(_ => Messages.Get("NoticeEndsRequired"));
        RuleFor(x => x.EndsAt).Must((x, ends) => ends > x.StartsAt).WithMessage(_ => Messages.Get("NoticeEndsBeforeStarts"))
            .When(x => x.StartsAt is not null && x.EndsAt is not null);
    }
}
