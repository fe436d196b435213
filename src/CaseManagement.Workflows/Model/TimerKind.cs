namespace CaseManagement.Workflows.Model;

/// <summary>Which of timeDuration, timeDate or timeCycle a timer was given.</summary>
public enum TimerKind
{
    Duration,
    Date,
    Cycle,
}
