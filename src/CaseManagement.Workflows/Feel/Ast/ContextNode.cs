namespace CaseManagement.Workflows.Feel.Ast;

/// <summary>{ key: value, … }.</summary>
internal sealed record ContextNode(IReadOnlyList<KeyValuePair<string, FeelNode>> Entries) : FeelNode;
