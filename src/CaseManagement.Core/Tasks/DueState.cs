namespace CaseManagement.Core.Tasks;

/// <summary>How close a task is to its SLA due time: overdue, within the hour, later, or no due time.</summary>
public enum DueState
{
    None,
    Later,
    Soon,
    Overdue,
}
