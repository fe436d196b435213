namespace CaseManagement.Workflows.Calendar;

/// <summary>Given by the host to the engine: the business calendar an instance's business-time timers count on,
/// chosen for example by the instance's case category.</summary>
public interface IBusinessCalendarProvider
{
    /// <summary>The calendar for an instance of <paramref name="processId"/> holding <paramref name="variables"/>.</summary>
    BusinessCalendar CalendarFor(string processId, IReadOnlyDictionary<string, object?> variables);
}
