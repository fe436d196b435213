namespace CaseManagement.Core.Notifications;

/// <summary>The template keys notifications are written with; each has a Notice_&lt;key&gt; text in the resources.
/// A workflow's notify service task names one in cm:template.</summary>
public static class NotificationTemplates
{
    /// <summary>A task's SLA passed and it went to the supervisors (args: caseNumber, duration, business, at).</summary>
    public const string TaskEscalated = "task-escalated";

    /// <summary>An open case has waited for the workflow's reminder time (args: caseNumber, taskName, since).</summary>
    public const string IdleCaseReminder = "idle-case-reminder";
}
