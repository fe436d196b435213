using CaseManagement.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Copies validated settings onto a category and back, shared by create, update and the edit page's query.</summary>
internal static class CategorySettingsWriter
{
    public static Task<bool> IsPublishedAsync(CaseDbContext db, string processId, CancellationToken ct) =>
        db.WorkflowDefinitions.AnyAsync(d => d.ProcessId == Clean(processId), ct);

    /// <summary>Trimmed; an empty form field arrives as null.</summary>
    public static string Clean(string? text) => (text ?? "").Trim();

    public static void Apply(Category category, CategorySettings s)
    {
        category.DescriptionJa = Clean(s.DescriptionJa);
        category.DescriptionEn = Clean(s.DescriptionEn);
        category.SortOrder = s.SortOrder;
        category.IsActive = s.IsActive;
        category.AllowAnonymous = s.AllowAnonymous;
        category.ClosedOnNationalHolidays = s.ClosedOnNationalHolidays;
        category.ClosedAtYearEnd = s.ClosedAtYearEnd;
        category.WelcomeJa = Clean(s.WelcomeJa);
        category.WelcomeEn = Clean(s.WelcomeEn);
        category.AutoReplyOpenJa = Clean(s.AutoReplyOpenJa);
        category.AutoReplyOpenEn = Clean(s.AutoReplyOpenEn);
        category.AutoReplyClosedJa = Clean(s.AutoReplyClosedJa);
        category.AutoReplyClosedEn = Clean(s.AutoReplyClosedEn);

        // Merged in place rather than cleared and re-added: a row keeps its key (category, weekday / day).
        var open = s.Hours.Where(d => d.Open).ToDictionary(d => d.Weekday);
        category.ReceptionHours.RemoveAll(h => !open.ContainsKey(h.Weekday));
        foreach (var day in open.Values)
        {
            ReceptionText.TryParseTime(day.Opens, out var opens);
            ReceptionText.TryParseTime(day.Closes, out var closes);
            var hasBreak = ReceptionText.TryParseTime(day.BreakStarts, out var starts) & ReceptionText.TryParseTime(day.BreakEnds, out var ends);
            var row = category.ReceptionHours.FirstOrDefault(h => h.Weekday == day.Weekday);
            if (row is null)
            {
                row = new CategoryReceptionHours { CategoryId = category.Id, Weekday = day.Weekday };
                category.ReceptionHours.Add(row);
            }

            (row.Opens, row.Closes) = (opens, closes);
            (row.BreakStarts, row.BreakEnds) = hasBreak ? (starts, ends) : ((TimeOnly?)null, (TimeOnly?)null);
        }

        var closed = new Dictionary<DateOnly, string>();
        foreach (var (_, line) in ReceptionText.Lines(s.ClosedDays))
        {
            ReceptionText.TryParseClosedDay(line, out var day, out var name);
            closed[day] = name;
        }

        category.ClosedDays.RemoveAll(d => !closed.ContainsKey(d.Day));
        foreach (var (day, name) in closed)
        {
            if (category.ClosedDays.FirstOrDefault(d => d.Day == day) is { } row)
            {
                row.Name = name;
            }
            else
            {
                category.ClosedDays.Add(new CategoryClosedDay { CategoryId = category.Id, Day = day, Name = name });
            }
        }
    }

    public static CategorySettings Read(Category c)
    {
        var hours = c.ReceptionHours.Count == 0
            ? ReceptionCalendar.DefaultHours.Select(h => new CategoryReceptionHours { Weekday = h.Key, Opens = h.Value.Opens, Closes = h.Value.Closes, BreakStarts = h.Value.BreakStarts, BreakEnds = h.Value.BreakEnds }).ToList()
            : c.ReceptionHours;
        return new CategorySettings
        {
            Code = c.Code, NameJa = c.NameJa, NameEn = c.NameEn, DescriptionJa = c.DescriptionJa, DescriptionEn = c.DescriptionEn,
            WorkflowProcessId = c.WorkflowProcessId, SortOrder = c.SortOrder, IsActive = c.IsActive, AllowAnonymous = c.AllowAnonymous,
            ClosedOnNationalHolidays = c.ClosedOnNationalHolidays, ClosedAtYearEnd = c.ClosedAtYearEnd,
            Hours = [.. WeekdayReception.Week.Select(d => hours.FirstOrDefault(h => h.Weekday == d) is { } h
                ? new WeekdayReception
                {
                    Weekday = d, Open = true, Opens = ReceptionText.FormatTime(h.Opens), Closes = ReceptionText.FormatTime(h.Closes),
                    BreakStarts = h.BreakStarts is { } bs ? ReceptionText.FormatTime(bs) : null,
                    BreakEnds = h.BreakEnds is { } be ? ReceptionText.FormatTime(be) : null,
                }
                : new WeekdayReception { Weekday = d })],
            ClosedDays = ReceptionText.FormatClosedDays(c.ClosedDays),
            WelcomeJa = c.WelcomeJa, WelcomeEn = c.WelcomeEn,
            AutoReplyOpenJa = c.AutoReplyOpenJa, AutoReplyOpenEn = c.AutoReplyOpenEn,
            AutoReplyClosedJa = c.AutoReplyClosedJa, AutoReplyClosedEn = c.AutoReplyClosedEn,
        };
    }
}
