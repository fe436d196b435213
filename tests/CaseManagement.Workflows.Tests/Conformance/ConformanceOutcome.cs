using CaseManagement.Workflows.Bpmn;

namespace CaseManagement.Workflows.Tests.Conformance;

/// <summary>What one engine did with one model under the conformance driver: refused it at import, or ran it to a
/// state ("completed", "terminated", "waiting", "error") having completed these elements, in order.</summary>
internal sealed record ConformanceOutcome(string State, IReadOnlyList<string> Completed, IReadOnlyList<string> EndEvents, string? Error)
{
    public const string Refused = "refused";

    public bool IsRefused => State == Refused;

    /// <summary>Why the model was refused, when it was.</summary>
    public IReadOnlyList<BpmnImportError> ImportErrors { get; init; } = [];

    /// <summary>A refusal counts only when every reason names its element by id, type and line.</summary>
    public IReadOnlyList<BpmnImportError> UnclearRefusals =>
        [.. ImportErrors.Where(e => string.IsNullOrWhiteSpace(e.ElementId) || string.IsNullOrWhiteSpace(e.ElementType) || e.Line <= 0)];

    /// <summary>Why this run differs from <paramref name="oracle"/>'s, or null when both reached the same end state
    /// having completed the same elements (order aside: parallel branches may interleave differently).</summary>
    public string? DifferenceFrom(ConformanceOutcome oracle)
    {
        if (State != oracle.State) return $"ends {State} but bpmn-engine ends {oracle.State}{(oracle.Error is null ? "" : $" ({oracle.Error})")}{(Error is null ? "" : $"; ours: {Error}")}";
        var ours = Completed.ToHashSet(StringComparer.Ordinal);
        var theirs = oracle.Completed.ToHashSet(StringComparer.Ordinal);
        if (ours.SetEquals(theirs)) return null;
        return $"both end {State}, but only we complete [{string.Join(", ", ours.Except(theirs).Order(StringComparer.Ordinal))}]"
            + $" and only bpmn-engine completes [{string.Join(", ", theirs.Except(ours).Order(StringComparer.Ordinal))}]";
    }

    public override string ToString() =>
        IsRefused ? $"refused: {Error}" : $"{State}: {string.Join(" → ", Completed)}{(Error is null ? "" : $" ({Error})")}";
}
