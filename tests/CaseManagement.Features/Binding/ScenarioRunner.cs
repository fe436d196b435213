using System.Reflection;

namespace CaseManagement.Features.Binding;

/// <summary>Runs a scenario's steps in order. Every step is bound before the first one runs, so an unbound or
/// ambiguous step fails the scenario without side effects. Step classes are created once per scenario with
/// the scenario's context as their constructor argument.</summary>
public static class ScenarioRunner
{
    public static async Task RunAsync(ScenarioSpec scenario, StepRegistry registry, object context)
    {
        var steps = registry.Bind(scenario);
        var instances = new Dictionary<Type, object>();
        foreach (var step in steps)
        {
            var type = step.Binding.Method.DeclaringType!;
            if (!instances.TryGetValue(type, out var target))
            {
                target = Activator.CreateInstance(type, context)!;
                instances[type] = target;
            }

            try
            {
                if (step.Binding.Method.Invoke(target, step.Arguments) is Task task)
                {
                    await task;
                }
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw Failed(step.Step, e.InnerException);
            }
            catch (Exception e)
            {
                throw Failed(step.Step, e);
            }
        }
    }

    private static StepFailedException Failed(StepSpec step, Exception inner) =>
        new($"ステップが失敗しました / step failed: {step.Keyword} {step.Text} at {step.Where}{Environment.NewLine}{inner.Message}", inner);
}
