using System.Reflection;
using System.Text.RegularExpressions;

namespace CaseManagement.Features.Binding;

/// <summary>Every <see cref="StepAttribute"/> on the given step classes. Binding a step that matches no
/// binding, or more than one, is an error naming the step's text, file and line.</summary>
public sealed class StepRegistry
{
    private readonly IReadOnlyList<StepBinding> bindings;

    public StepRegistry(IEnumerable<Type> stepClasses)
    {
        bindings = [.. stepClasses
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetCustomAttributes<StepAttribute>().Select(a =>
                new StepBinding(new Regex(a.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), m)))];
    }

    public IReadOnlyList<StepBinding> Bindings => bindings;

    /// <summary>The top-level <c>*Steps</c> classes of this assembly.</summary>
    public static StepRegistry ForAssembly(Assembly assembly) =>
        new(assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsNested: false } && t.Name.EndsWith("Steps", StringComparison.Ordinal)));

    /// <summary>Binds every step of the scenario, or throws one exception listing every problem.</summary>
    public IReadOnlyList<BoundStep> Bind(ScenarioSpec scenario)
    {
        var bound = new List<BoundStep>();
        var problems = new List<string>();
        foreach (var step in scenario.Steps)
        {
            var matches = bindings.Select(b => (Binding: b, Args: b.Match(step))).Where(x => x.Args is not null).ToList();
            switch (matches.Count)
            {
                case 1:
                    bound.Add(new BoundStep(step, matches[0].Binding, matches[0].Args!));
                    break;
                case 0:
                    problems.Add($"未定義のステップ / unbound step 「{step.Text}」 at {step.Where}");
                    break;
                default:
                    problems.Add($"あいまいなステップ / ambiguous step 「{step.Text}」 at {step.Where} matches "
                        + string.Join(", ", matches.Select(x => x.Binding.Describe())));
                    break;
            }
        }

        return problems.Count == 0
            ? bound
            : throw new StepBindingException($"シナリオ「{scenario.Name}」({scenario.File}:{scenario.Line}):{Environment.NewLine}"
                + string.Join(Environment.NewLine, problems));
    }
}
