using System.Globalization;
using CaseManagement.Workflows.Calendar;
using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution;

/// <summary>When a timer is due: ISO 8601 durations (PT2H, P1D), dates (2026-04-01T09:00:00+09:00) and cycles
/// (R3/PT1H, R/P1D, R2/2026-04-01T09:00:00Z/P1W) and business durations (cm:businessDuration P2D, PT8H: office time
/// on the host's <see cref="BusinessCalendar"/>), literal or computed by a FEEL expression.</summary>
public static class TimerSchedule
{
    /// <summary>Whether a literal timer value is well-formed for its kind.</summary>
    public static bool IsValidLiteral(TimerKind kind, string value) => kind switch
    {
        TimerKind.Duration => IsoDuration.TryParse(value, out _),
        TimerKind.Date => FeelTemporal.ParseDateTime(value) is not null,
        TimerKind.BusinessDuration => Calendar.BusinessDuration.TryParse(value, out _),
        _ => TryParseCycle(value, out _, out _, out _),
    };

    /// <summary>The first due time and, for a cycle, how many more times it fires after that (-1: forever).</summary>
    internal static (DateTimeOffset DueAt, int? Remaining) First(StepContext step, FlowNode node, TimerTrigger timer)
    {
        var value = Resolve(step, node, timer);
        switch (timer.Kind)
        {
            case TimerKind.Date when value is DateTimeOffset at:
                return (at, null);
            case TimerKind.Date when value is string s && FeelTemporal.ParseDateTime(s) is { } parsed:
                return (parsed, null);
            case TimerKind.Duration when AsDuration(value) is { } duration:
                return (duration.AddTo(step.Now), null);
            case TimerKind.BusinessDuration when value is string s && Calendar.BusinessDuration.TryParse(s, out var business):
                return (AddBusinessTime(step, node, business), null);
            case TimerKind.Cycle when value is string s && TryParseCycle(s, out var repetitions, out var start, out var period):
                return (start ?? period.AddTo(step.Now), repetitions < 0 ? -1 : repetitions - 1);
            default:
                throw new WorkflowExecutionException(node.Id, $"Expected an ISO 8601 {(timer.Kind == TimerKind.BusinessDuration ? "business duration" : timer.Kind.ToString().ToLowerInvariant())} for the timer of '{node.Id}' but got '{FeelValues.ToVariable(value)}'");
        }
    }

    /// <summary>The next due time of a cycle after one that has just fired.</summary>
    internal static DateTimeOffset Next(StepContext step, FlowNode node, TimerTrigger timer, DateTimeOffset previous) =>
        Resolve(step, node, timer) is string s && TryParseCycle(s, out _, out _, out var period)
            ? period.AddTo(previous)
            : throw new WorkflowExecutionException(node.Id, $"Expected an ISO 8601 cycle for the timer of '{node.Id}'");

    private static DateTimeOffset AddBusinessTime(StepContext step, FlowNode node, Calendar.BusinessDuration duration)
    {
        try
        {
            return step.Calendars.CalendarFor(step.Definition.Id, step.Variables).Add(step.Now, duration);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            throw new WorkflowExecutionException(node.Id, $"Expected the business calendar to place {duration} after {step.Now:O} for the timer of '{node.Id}' but {e.Message}");
        }
    }

    private static object? Resolve(StepContext step, FlowNode node, TimerTrigger timer) =>
        Expressions.LiteralOrExpression(step, node, timer.Value, "the timer");

    private static IsoDuration? AsDuration(object? value) => value switch
    {
        TimeSpan span => new IsoDuration(0, span),
        FeelYearsMonths months => new IsoDuration(months.Months, TimeSpan.Zero),
        string s when IsoDuration.TryParse(s, out var d) => d,
        _ => null,
    };

    private static bool TryParseCycle(string value, out int repetitions, out DateTimeOffset? start, out IsoDuration period)
    {
        repetitions = 0;
        start = null;
        period = default;
        var parts = value.Trim().Split('/');
        if (parts.Length is not (2 or 3) || !parts[0].StartsWith('R')) return false;
        if (parts[0].Length == 1) repetitions = -1;
        else if (!int.TryParse(parts[0][1..], NumberStyles.None, CultureInfo.InvariantCulture, out repetitions) || repetitions < 1) return false;
        if (parts.Length == 3)
        {
            start = FeelTemporal.ParseDateTime(parts[1]);
            if (start is null) return false;
        }
        return IsoDuration.TryParse(parts[^1], out period) && period.AddTo(DateTimeOffset.UnixEpoch) > DateTimeOffset.UnixEpoch;
    }
}
