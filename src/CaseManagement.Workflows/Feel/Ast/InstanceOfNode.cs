namespace CaseManagement.Workflows.Feel.Ast;

/// <summary><c>value instance of type</c>: whether the value is of the named FEEL type (<c>Any</c>: any value but
/// null; <c>Null</c>: null only).</summary>
internal sealed record InstanceOfNode(FeelNode Value, string Type) : FeelNode;
