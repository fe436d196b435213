using System.Collections.Frozen;
using CaseManagement.Workflows.Calendar;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CaseManagement.Core.Administration;

/// <summary>The engine's <see cref="IBusinessCalendarProvider"/>: a workflow instance's business-time timers (the
/// consultation SLA, cm:businessDuration) count on the reception hours and closed days of the case's category, named
/// by the instance variable <c>category</c> that <c>OpenCase</c> sets. Instances without it, or of an unknown
/// category, count on the municipal calendar.</summary>
/// <remarks>The engine asks synchronously in the middle of a step, so the calendars are a snapshot read from the
/// database on first use, again after a category is saved on this node, and at most <see cref="MaxAge"/> later on
/// the others.</remarks>
public sealed class CategoryCalendars(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<CategoryCalendars> logger)
    : IBusinessCalendarProvider
{
    /// <summary>The instance variable naming the case's category.</summary>
    public const string Variable = "category";

    /// <summary>How long another node may count on calendars older than an admin's change.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private Snapshot? current;

    public BusinessCalendar CalendarFor(string processId, IReadOnlyDictionary<string, object?> variables) =>
        variables.GetValueOrDefault(Variable) is string code ? For(code) : BusinessCalendar.Municipal;

    /// <summary>The calendar of the category with <paramref name="code"/>, the municipal one if there is none.</summary>
    public BusinessCalendar For(string code) => Current().Calendars.GetValueOrDefault(code) ?? BusinessCalendar.Municipal;

    /// <summary>Forgets the snapshot: a category's reception settings changed.</summary>
    public void Invalidate()
    {
        lock (gate)
        {
            current = null;
        }
    }

    private Snapshot Current()
    {
        var now = clock.GetUtcNow();
        var snapshot = current;
        if (snapshot is not null && now - snapshot.LoadedAt < MaxAge && now >= snapshot.LoadedAt)
        {
            return snapshot;
        }

        lock (gate)
        {
            if (current is { } fresh && now - fresh.LoadedAt < MaxAge && now >= fresh.LoadedAt)
            {
                return fresh;
            }

            current = new Snapshot(Load(), now);
            return current;
        }
    }

    // Synchronous on purpose: the engine is a pure, synchronous interpreter. A few small rows, once a minute.
    private FrozenDictionary<string, BusinessCalendar> Load()
    {
        var categories = new Dictionary<Guid, Category>();
        using var conn = dataSource.OpenConnection();
        using (var cmd = new NpgsqlCommand("SELECT id, code, closed_on_national_holidays, closed_at_year_end FROM categories", conn))
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                categories[reader.GetGuid(0)] = new Category
                {
                    Id = reader.GetGuid(0), Code = reader.GetString(1), NameJa = "", NameEn = "", WorkflowProcessId = "",
                    ClosedOnNationalHolidays = reader.GetBoolean(2), ClosedAtYearEnd = reader.GetBoolean(3),
                };
            }
        }

        using (var cmd = new NpgsqlCommand("SELECT category_id, weekday, opens, closes, break_starts, break_ends FROM category_reception_hours", conn))
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                categories[reader.GetGuid(0)].ReceptionHours.Add(new CategoryReceptionHours
                {
                    CategoryId = reader.GetGuid(0), Weekday = (DayOfWeek)reader.GetInt16(1),
                    Opens = TimeOnly.FromTimeSpan(reader.GetTimeSpan(2)), Closes = TimeOnly.FromTimeSpan(reader.GetTimeSpan(3)),
                    BreakStarts = reader.IsDBNull(4) ? null : TimeOnly.FromTimeSpan(reader.GetTimeSpan(4)),
                    BreakEnds = reader.IsDBNull(5) ? null : TimeOnly.FromTimeSpan(reader.GetTimeSpan(5)),
                });
            }
        }

        using (var cmd = new NpgsqlCommand("SELECT category_id, day, name FROM category_closed_days", conn))
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                categories[reader.GetGuid(0)].ClosedDays.Add(new CategoryClosedDay
                {
                    CategoryId = reader.GetGuid(0), Day = reader.GetFieldValue<DateOnly>(1), Name = reader.GetString(2),
                });
            }
        }

        var calendars = new Dictionary<string, BusinessCalendar>();
        foreach (var category in categories.Values)
        {
            try
            {
                calendars[category.Code] = ReceptionCalendar.For(category);
            }
            catch (ArgumentException e)
            {
                // The schema and the validator keep this out; should it happen, the SLA still runs on municipal hours.
                logger.LogError(e, "Category {Code} has unusable reception hours; its timers count on municipal hours", category.Code);
            }
        }

        return calendars.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Snapshot(FrozenDictionary<string, BusinessCalendar> Calendars, DateTimeOffset LoadedAt);
}
