namespace CaseManagement.Workflows.Model;

/// <summary>Which of timeDuration, timeDate, timeCycle or cm:businessDuration a timer was given.</summary>
public enum TimerKind
{
    Duration,
    Date,
    Cycle,

    /// <summary>cm:businessDuration: office time on the host's business calendar (Calendar/BusinessCalendar).</summary>
    BusinessDuration,
}
