namespace CaseManagement.Workflows.Feel;

/// <summary>An interval value, e.g. [1..10] or (date("2026-01-01")..date("2026-04-01")].</summary>
internal sealed record FeelRange(object? Low, object? High, bool LowClosed, bool HighClosed)
{
    /// <summary>True/false when comparable, null when the value and bounds are of different kinds.</summary>
    public bool? Contains(object? value)
    {
        var low = FeelValues.Compare(value, Low);
        var high = FeelValues.Compare(value, High);
        if (low is null || high is null) return null;
        return (LowClosed ? low >= 0 : low > 0) && (HighClosed ? high <= 0 : high < 0);
    }
}
