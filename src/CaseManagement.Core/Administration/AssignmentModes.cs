namespace CaseManagement.Core.Administration;

/// <summary>How a category hands out new consultations (自動割当): not at all (they wait in the queue), in turn
/// (round-robin), or to whoever holds the fewest open tasks (least-loaded); always among its on-duty counselors.</summary>
public static class AssignmentModes
{
    public const string None = "none";
    public const string RoundRobin = "round-robin";
    public const string LeastLoaded = "least-loaded";

    public static readonly IReadOnlyList<string> All = [None, RoundRobin, LeastLoaded];
}
