namespace CaseManagement.Core.Audit;

/// <summary>One history row of an instance as the path view shows it.</summary>
public sealed record WorkflowPathStep(int Seq, DateTimeOffset At, string Kind, string? ElementId, string? ElementType, string? Data);
