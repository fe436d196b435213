using System.Security.Cryptography;
using System.Text;
using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution;

/// <summary>How instances of a process begin other than by hand: the host schedules the timer start events of each
/// published version and, when one fires (or a start message arrives), calls Start with
/// <see cref="StartInstance.StartEventId"/> set.</summary>
public static class StartTriggers
{
    /// <summary>One timer per timer start event, due at its next occurrence after <paramref name="now"/>. A timer id is
    /// derived from process, element and due time, so scheduling twice yields the same trigger.</summary>
    public static IReadOnlyList<ScheduleTimer> TimerStarts(ProcessDefinition process, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(process);
        var step = new StepContext(process, new InstanceState
        {
            InstanceId = Guid.Empty,
            ProcessId = process.Id,
            Status = InstanceStatus.Active,
            Variables = new Dictionary<string, object?>(),
        }, now);
        return [.. process.StartEventsOf(null)
            .Where(s => s.Trigger is TimerTrigger)
            .Select(s => (Start: s, Due: TimerSchedule.First(step, s, (TimerTrigger)s.Trigger!).DueAt))
            .Select(x => new ScheduleTimer(StableId($"{process.Id}/{x.Start.Id}/{x.Due.UtcTicks}"), x.Start.Id, x.Due))];
    }

    /// <summary>The next due time of a cyclic timer start event after one fired at <paramref name="firedAt"/>, or null
    /// when it is not a cycle.</summary>
    public static ScheduleTimer? NextTimerStart(ProcessDefinition process, string startEventId, DateTimeOffset firedAt)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (process.FindNode(startEventId) is not StartEventNode { Trigger: TimerTrigger { Kind: TimerKind.Cycle } } start) return null;
        var later = TimerStarts(process, firedAt).FirstOrDefault(t => t.ElementId == start.Id);
        return later is null || later.DueAt <= firedAt ? null : later;
    }

    /// <summary>The message start event that a message of this name starts, or null.</summary>
    public static string? MessageStartEventId(ProcessDefinition process, string messageName)
    {
        ArgumentNullException.ThrowIfNull(process);
        return process.StartEventsOf(null).FirstOrDefault(s => s.Trigger is MessageTrigger m && m.MessageName == messageName)?.Id;
    }

    private static Guid StableId(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        hash[7] = (byte)((hash[7] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16));
    }
}
