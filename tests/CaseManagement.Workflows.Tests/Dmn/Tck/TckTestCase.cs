namespace CaseManagement.Workflows.Tests.Dmn.Tck;

/// <summary>One TCK test case: input values by name and the expected value of each named decision.</summary>
internal sealed record TckTestCase(string Id, IReadOnlyDictionary<string, object?> Inputs, IReadOnlyList<(string Decision, object? Expected)> Results);
