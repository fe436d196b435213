using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Cases;

/// <summary>At most <see cref="CaseTags.MaxCount"/> tags of at most <see cref="CaseTags.MaxLength"/> characters.</summary>
public sealed class SetCaseTagsValidator : AbstractValidator<SetCaseTags>
{
    public SetCaseTagsValidator()
    {
        RuleFor(x => CaseTags.Parse(x.Tags)).Must(t => t.Count <= CaseTags.MaxCount).OverridePropertyName(nameof(SetCaseTags.Tags))
            .WithMessage(_ => Messages.Format("TagsTooMany", CaseTags.MaxCount));
        RuleFor(x => CaseTags.Parse(x.Tags)).Must(t => t.All(tag => tag.Length <= CaseTags.MaxLength)).OverridePropertyName(nameof(SetCaseTags.Tags))
            .WithMessage(_ => Messages.Format("TagTooLong", CaseTags.MaxLength));
    }
}
