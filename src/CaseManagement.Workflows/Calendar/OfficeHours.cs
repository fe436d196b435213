namespace CaseManagement.Workflows.Calendar;

/// <summary>When an office is open on one weekday, e.g. 8:30–17:15 with an optional lunch break (昼休み) 12:00–13:00.
/// Intervals are half-open: open at <see cref="Opens"/>, already closed at <see cref="Closes"/>.</summary>
public sealed record OfficeHours(TimeOnly Opens, TimeOnly Closes)
{
    /// <summary>Start of the break, if the counter closes over lunch; set together with <see cref="BreakEnds"/>.</summary>
    public TimeOnly? BreakStarts { get; init; }

    /// <summary>End of the break.</summary>
    public TimeOnly? BreakEnds { get; init; }

    /// <summary>8:30–17:15 without a break, the usual hours of a Japanese municipal office.</summary>
    public static OfficeHours Municipal { get; } = new(new TimeOnly(8, 30), new TimeOnly(17, 15));

    /// <summary>The open intervals in order: one, or two around the break.</summary>
    internal (TimeOnly From, TimeOnly To)[] Intervals() =>
        BreakStarts is { } starts && BreakEnds is { } ends ? [(Opens, starts), (ends, Closes)] : [(Opens, Closes)];

    /// <summary>Why these hours cannot be used, or null when they can.</summary>
    internal string? Problem()
    {
        if (Opens >= Closes) return $"opens at {Opens:HH\\:mm} but closes at {Closes:HH\\:mm}";
        if (BreakStarts.HasValue != BreakEnds.HasValue) return "a break needs both a start and an end";
        if (BreakStarts is { } starts && BreakEnds is { } ends && !(Opens < starts && starts < ends && ends < Closes))
        {
            return $"the break {starts:HH\\:mm}–{ends:HH\\:mm} must lie inside {Opens:HH\\:mm}–{Closes:HH\\:mm}";
        }
        return null;
    }
}
