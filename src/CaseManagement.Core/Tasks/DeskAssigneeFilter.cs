namespace CaseManagement.Core.Tasks;

/// <summary>Whose tasks a queue shows: everyone's, the actor's own (自分の担当), or nobody's yet (未割当).</summary>
public enum DeskAssigneeFilter
{
    All,
    Mine,
    Unassigned,
}
