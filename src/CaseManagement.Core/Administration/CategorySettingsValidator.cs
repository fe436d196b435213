using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>What every category must satisfy, in Japanese: names, a code usable in URLs, usable reception hours
/// (at least one open weekday; a break inside the hours) and readable closed-day lines.</summary>
public sealed class CategorySettingsValidator : AbstractValidator<CategorySettings>
{
    public const int MaxTextLength = 2000;

    public CategorySettingsValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage(_ => Messages.Get("CategoryCodeRequired"))
            .MaximumLength(40).WithMessage(_ => Messages.Get("CategoryCodeInvalid"))
            .Matches("^[a-z0-9-]+$").WithMessage(_ => Messages.Get("CategoryCodeInvalid"));
        RuleFor(x => x.NameJa).Must(NotBlank).WithMessage(_ => Messages.Get("CategoryNameRequired"))
            .MaximumLength(100).WithMessage(_ => Messages.Get("CategoryNameTooLong"));
        RuleFor(x => x.NameEn).MaximumLength(100).WithMessage(_ => Messages.Get("CategoryNameTooLong"));
        RuleFor(x => x.WorkflowProcessId).Must(NotBlank).WithMessage(_ => Messages.Get("CategoryWorkflowRequired"));
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 9999).WithMessage(_ => Messages.Get("CategorySortOrderInvalid"));
        foreach (var text in new System.Linq.Expressions.Expression<Func<CategorySettings, string>>[]
        {
            x => x.DescriptionJa, x => x.DescriptionEn, x => x.WelcomeJa, x => x.WelcomeEn,
            x => x.AutoReplyOpenJa, x => x.AutoReplyOpenEn, x => x.AutoReplyClosedJa, x => x.AutoReplyClosedEn,
        })
        {
            RuleFor(text).MaximumLength(MaxTextLength).WithMessage(_ => Messages.Get("CategoryTextTooLong"));
        }

        RuleFor(x => x.Hours).Must(h => h.Any(d => d.Open)).WithMessage(_ => Messages.Get("ReceptionNoOpenDay"));
        RuleFor(x => x.Hours).Must(h => h.Select(d => d.Weekday).Distinct().Count() == h.Count)
            .WithMessage(_ => Messages.Get("ReceptionDuplicateWeekday"));
        RuleForEach(x => x.Hours).Custom((day, context) =>
        {
            if (HoursProblem(day) is { } key)
            {
                context.AddFailure(Messages.Format(key, Messages.Get("WeekdayLong_" + day.Weekday)));
            }
        });
        RuleFor(x => x.ClosedDays).Custom((text, context) =>
        {
            var seen = new HashSet<DateOnly>();
            var lines = ReceptionText.Lines(text).ToList();
            if (lines.Count > ReceptionText.MaxClosedDays)
            {
                context.AddFailure(Messages.Format("ClosedDaysTooMany", ReceptionText.MaxClosedDays));
                return;
            }

            foreach (var (line, value) in lines)
            {
                if (!ReceptionText.TryParseClosedDay(value, out var day, out var name))
                {
                    context.AddFailure(Messages.Format("ClosedDayUnreadable", line, value));
                }
                else if (name.Length > ReceptionText.MaxClosedDayName)
                {
                    context.AddFailure(Messages.Format("ClosedDayNameTooLong", line, ReceptionText.MaxClosedDayName));
                }
                else if (!seen.Add(day))
                {
                    context.AddFailure(Messages.Format("ClosedDayTwice", line, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
        });
    }

    /// <summary>The message key of what is wrong with one weekday's hours, or null.</summary>
    private static string? HoursProblem(WeekdayReception day)
    {
        if (!day.Open)
        {
            return null;
        }

        if (!ReceptionText.TryParseTime(day.Opens, out var opens) || !ReceptionText.TryParseTime(day.Closes, out var closes))
        {
            return "ReceptionTimeRequired";
        }

        if (opens >= closes)
        {
            return "ReceptionClosesBeforeOpens";
        }

        var hasStart = !string.IsNullOrWhiteSpace(day.BreakStarts);
        var hasEnd = !string.IsNullOrWhiteSpace(day.BreakEnds);
        if (!hasStart && !hasEnd)
        {
            return null;
        }

        if (!ReceptionText.TryParseTime(day.BreakStarts, out var starts) || !ReceptionText.TryParseTime(day.BreakEnds, out var ends))
        {
            return "ReceptionBreakIncomplete";
        }

        return opens < starts && starts < ends && ends < closes ? null : "ReceptionBreakOutside";
    }

    private static bool NotBlank(string? s) => !string.IsNullOrWhiteSpace(s);
}
