namespace CaseManagement.Workflows.Feel.Ast;

/// <summary>[a, b, c].</summary>
internal sealed record ListNode(IReadOnlyList<FeelNode> Items) : FeelNode;
