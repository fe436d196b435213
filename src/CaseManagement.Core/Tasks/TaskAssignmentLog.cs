using CaseManagement.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>Writes a task's assignment change into the case history, in the command's transaction.</summary>
internal static class TaskAssignmentLog
{
    public static async Task RecordAsync(
        CaseDbContext db, Guid taskId, string kind, Guid? staffId, Guid? previousStaffId, string? mode, string actor, DateTimeOffset at,
        CancellationToken ct)
    {
        var instanceId = await db.WorkTasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => t.InstanceId).SingleAsync(ct);
        db.TaskAssignments.Add(new TaskAssignment
        {
            TaskId = taskId, InstanceId = instanceId, Kind = kind, StaffId = staffId, PreviousStaffId = previousStaffId, Mode = mode, Actor = actor, At = at,
        });
        await db.SaveChangesAsync(ct);
    }
}
