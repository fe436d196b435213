using CaseManagement.Core.Administration;
using CaseManagement.Core.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>Reads assignment changes of some workflow instances, oldest first, with staff names.</summary>
internal static class AssignmentHistory
{
    public static async Task<IReadOnlyList<AssignmentView>> LoadAsync(CaseDbContext db, IMediator mediator, IQueryable<Guid> instanceIds, CancellationToken ct)
    {
        var rows = await db.TaskAssignments.AsNoTracking()
            .Where(a => instanceIds.Contains(a.InstanceId))
            .Join(db.WorkTasks, a => a.TaskId, t => t.Id, (a, t) => new { Assignment = a, t.Name })
            .OrderBy(x => x.Assignment.Id)
            .ToListAsync(ct);
        var ids = rows.SelectMany(r => new[] { r.Assignment.StaffId, r.Assignment.PreviousStaffId, ActorId(r.Assignment.Actor) })
            .OfType<Guid>().Distinct().ToList();
        var names = ids.Count == 0 ? new Dictionary<Guid, string>() : await mediator.Send(new GetStaffNames(ids), ct);
        return rows.Select(r =>
        {
            var a = r.Assignment;
            return new AssignmentView(a.At, a.Kind, a.TaskId, r.Name, a.StaffId, Name(a.StaffId), Name(a.PreviousStaffId), a.Mode,
                ActorId(a.Actor) is { } actor ? Name(actor) ?? a.Actor : a.Actor);
        }).ToList();

        string? Name(Guid? id) => id is { } i ? names.TryGetValue(i, out var n) ? n : i.ToString() : null;
    }

    private static Guid? ActorId(string actor) =>
        actor.StartsWith("staff:", StringComparison.Ordinal) && Guid.TryParse(actor["staff:".Length..], out var id) ? id : null;
}
