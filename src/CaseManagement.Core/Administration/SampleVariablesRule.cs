using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>The validator rule for <see cref="SampleVariables"/>: a JSON object or nothing, of reasonable size.</summary>
internal static class SampleVariablesRule
{
    public static IRuleBuilderOptionsConditions<T, string?> SampleVariables<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((json, context) =>
        {
            if (json is { Length: > Administration.SampleVariables.MaxLength })
            {
                context.AddFailure(Common.Resources.Messages.Format("WorkflowTrialVariablesTooLong", Administration.SampleVariables.MaxLength));
            }
            else if (Administration.SampleVariables.Problem(json) is { } problem)
            {
                context.AddFailure(problem);
            }
        });
}
