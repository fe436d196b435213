namespace CaseManagement.Features.Binding;

/// <summary>Binds a method of a <c>*Steps</c> class to every step whose text matches <paramref name="pattern"/>,
/// whatever its keyword (前提/もし/ならば/かつ/しかし). Each captured group becomes a string parameter, in order.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class StepAttribute(string pattern) : Attribute
{
    public string Pattern { get; } = pattern;
}
