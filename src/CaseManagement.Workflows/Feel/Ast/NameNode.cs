namespace CaseManagement.Workflows.Feel.Ast;

/// <summary>A variable (or, inside a filter, a field of the current item).</summary>
internal sealed record NameNode(string Name) : FeelNode;
