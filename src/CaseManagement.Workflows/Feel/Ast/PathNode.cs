namespace CaseManagement.Workflows.Feel.Ast;

/// <summary>Member access: a.b on a context, or on every item of a list.</summary>
internal sealed record PathNode(FeelNode Target, string Member) : FeelNode;
