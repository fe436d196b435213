namespace CaseManagement.Workflows.Feel.Ast;

/// <summary><c>name in list</c>, or <c>name in low..high</c> (integers, counting up or down), of a for, some or every.</summary>
internal sealed record IterationContext(string Name, FeelNode Domain, FeelNode? High);
