namespace CaseManagement.Core.Tasks;

/// <summary>How a task's assignee changed, as the case history records it.</summary>
public static class AssignmentKinds
{
    /// <summary>The category's automatic assignment (round-robin or least-loaded) chose the counselor.</summary>
    public const string Auto = "auto";

    public const string Claim = "claim";
    public const string Release = "release";

    /// <summary>A supervisor handed the task to someone.</summary>
    public const string Reassign = "reassign";
}
