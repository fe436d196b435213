namespace CaseManagement.Workflows.Tests.Support;

/// <summary>Variables in one line: Vars.Of(("category", "child"), ("followUp", true)).</summary>
internal static class Vars
{
    public static IReadOnlyDictionary<string, object?> Of(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    public static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();
}
