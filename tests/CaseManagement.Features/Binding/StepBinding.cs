using System.Reflection;
using System.Text.RegularExpressions;

namespace CaseManagement.Features.Binding;

/// <summary>A regular expression bound to a step method.</summary>
public sealed record StepBinding(Regex Pattern, MethodInfo Method)
{
    public string Describe() => $"{Method.DeclaringType!.Name}.{Method.Name} /{Pattern}/";

    /// <summary>The method's arguments for <paramref name="step"/>, or null when the text does not match.</summary>
    public object?[]? Match(StepSpec step)
    {
        var m = Pattern.Match(step.Text);
        if (!m.Success)
        {
            return null;
        }

        var args = m.Groups.Cast<Group>().Skip(1).Select(g => (object?)g.Value).ToList();
        if (step.DocString is not null)
        {
            args.Add(step.DocString);
        }

        return args.Count == Method.GetParameters().Length ? [.. args] : null;
    }
}
