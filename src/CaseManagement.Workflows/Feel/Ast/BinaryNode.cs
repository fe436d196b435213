namespace CaseManagement.Workflows.Feel.Ast;

/// <summary>Arithmetic (+ - * / **), comparison (= != &lt; &lt;= &gt; &gt;=) or logic (and, or).</summary>
internal sealed record BinaryNode(string Operator, FeelNode Left, FeelNode Right) : FeelNode;
