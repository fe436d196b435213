namespace CaseManagement.Core.Tasks;

/// <summary>What happened to a desk task, for live queue updates.</summary>
public enum DeskChange
{
    Created,
    Claimed,
    Released,
    Reassigned,
    Completed,
    Escalated,
    Cancelled,
}
