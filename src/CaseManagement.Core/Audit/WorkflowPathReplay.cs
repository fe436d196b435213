using System.Globalization;
using System.Text.Json;
using CaseManagement.Core.Tasks;
using CaseManagement.Workflows.Execution;

namespace CaseManagement.Core.Audit;

/// <summary>Replays an instance's history into what the path viewer shows: each element's stays with enter and leave
/// times and actors, where tokens are now, and the timers still pending. Pure: history and tasks in, views out.</summary>
internal static class WorkflowPathReplay
{
    public static IReadOnlyList<ElementVisit> Visits(IReadOnlyList<WorkflowPathStep> steps, IReadOnlyList<TaskActorView> tasks)
    {
        var visits = new List<(string Id, string? Type, DateTimeOffset In, DateTimeOffset? Out)>();
        foreach (var step in steps.Where(s => s.ElementId is not null))
        {
            if (step.Kind == HistoryKinds.ElementActivated)
            {
                visits.Add((step.ElementId!, step.ElementType, step.At, null));
            }
            else if (step.Kind is HistoryKinds.ElementCompleted or HistoryKinds.ElementTerminated
                     && visits.FindIndex(v => v.Id == step.ElementId && v.Out is null) is var open and >= 0)
            {
                visits[open] = visits[open] with { Out = step.At };
            }
        }

        return visits.Select(v => new ElementVisit(v.Id, v.Type, v.In, v.Out, tasks
                .Where(t => t.ElementId == v.Id && t.CreatedAt >= v.In && (v.Out is null || t.CreatedAt <= v.Out))
                .SelectMany(t => new[] { t.AssigneeName, t.CompletedByName }).OfType<string>().Distinct().ToList()))
            .ToList();
    }

    /// <summary>Elements a token still stands on: entered and not yet left.</summary>
    public static IReadOnlyList<string> Current(IReadOnlyList<ElementVisit> visits) =>
        visits.Where(v => v.LeftAt is null).Select(v => v.ElementId).Distinct().ToList();

    public static IReadOnlyList<PendingTimerView> PendingTimers(IReadOnlyList<WorkflowPathStep> steps)
    {
        var pending = new Dictionary<string, PendingTimerView>(StringComparer.Ordinal);
        foreach (var step in steps.Where(s => s.Data is not null && s.Kind is HistoryKinds.TimerScheduled or HistoryKinds.TimerFired or HistoryKinds.TimerCancelled))
        {
            using var data = JsonDocument.Parse(step.Data!);
            if (!data.RootElement.TryGetProperty("timerId", out var id) || id.GetString() is not { } timerId) continue;
            if (step.Kind == HistoryKinds.TimerScheduled)
            {
                // The engine tags dates in history data: {"dueAt": {"$date": "2026-11-16T05:00:00.0000000+00:00"}}.
                var due = data.RootElement.TryGetProperty("dueAt", out var d) && d.ValueKind == JsonValueKind.Object
                    && d.TryGetProperty("$date", out var tagged) && tagged.ValueKind == JsonValueKind.String
                    && DateTimeOffset.TryParse(tagged.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : (DateTimeOffset?)null;
                pending[timerId] = new PendingTimerView(step.ElementId ?? "", due);
            }
            else
            {
                pending.Remove(timerId);
            }
        }

        return [.. pending.Values.OrderBy(t => t.DueAt)];
    }
}
