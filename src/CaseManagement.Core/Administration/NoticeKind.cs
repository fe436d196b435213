namespace CaseManagement.Core.Administration;

/// <summary>What a notice is: information only, or a maintenance window that makes the resident area read-only.</summary>
public enum NoticeKind
{
    Notice,
    Maintenance,
}
