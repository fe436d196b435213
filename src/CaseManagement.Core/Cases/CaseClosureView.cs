namespace CaseManagement.Core.Cases;

/// <summary>A case's closure record (対応結果, 継続支援の要否) and its checklist, every item with its state.</summary>
public sealed record CaseClosureView(Guid CaseId, string? Outcome, bool? FollowUpNeeded, IReadOnlyList<ClosureItemState> Items)
{
    /// <summary>The items missing for a completion that does (<paramref name="closing"/>) or does not end the case.</summary>
    public IReadOnlyList<ClosureItemState> Missing(bool closing) => Items.Where(i => i.Blocks(closing)).ToList();
}
