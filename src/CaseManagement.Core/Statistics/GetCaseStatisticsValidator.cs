using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Statistics;

/// <summary>A period runs forwards and spans at most a few years (the tables list every month).</summary>
public sealed class GetCaseStatisticsValidator : AbstractValidator<GetCaseStatistics>
{
    public GetCaseStatisticsValidator() =>
        RuleFor(x => x.To).Must((x, to) => to >= x.From && to <= x.From.AddYears(5))
            .WithMessage(_ => Messages.Get("StatisticsPeriodInvalid"));
}
