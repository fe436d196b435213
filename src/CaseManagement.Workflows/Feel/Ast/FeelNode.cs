namespace CaseManagement.Workflows.Feel.Ast;

/// <summary>A node of a parsed FEEL expression.</summary>
internal abstract record FeelNode;
