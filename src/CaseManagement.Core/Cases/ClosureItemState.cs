namespace CaseManagement.Core.Cases;

/// <summary>One item of a case's closure checklist: required by the category (when closing) or by the task
/// (cm:checklist, on every completion), and whether the case has it recorded.</summary>
public sealed record ClosureItemState(string Item, string Label, bool ByCategory, bool ByTask, bool Recorded)
{
    public bool Required => ByCategory || ByTask;

    /// <summary>Whether this item stops a completion that does (<paramref name="closing"/>) or does not end the case.</summary>
    public bool Blocks(bool closing) => !Recorded && (ByTask || (closing && ByCategory));
}
