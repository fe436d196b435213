namespace CaseManagement.Core.Administration;

/// <summary>What changed from one version of a DMN document to another (<see cref="ToVersion"/> null: to the draft).</summary>
public sealed record DecisionDiffView(string DecisionRef, int FromVersion, int? ToVersion, IReadOnlyList<DecisionChange> Changes);
