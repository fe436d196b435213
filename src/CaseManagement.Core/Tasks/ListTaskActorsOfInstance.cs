using CaseManagement.Core.Administration;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>The user tasks of an instance with the staff who held and completed them (names, not ids).</summary>
[Authorize(Roles.Auditor, Roles.Admin, Roles.Supervisor)]
public sealed record ListTaskActorsOfInstance(Guid InstanceId) : IQuery<IReadOnlyList<TaskActorView>>;

internal sealed class ListTaskActorsOfInstanceHandler(CaseDbContext db, IMediator mediator)
    : IRequestHandler<ListTaskActorsOfInstance, IReadOnlyList<TaskActorView>>
{
    private const string StaffPrefix = "staff:";

    public async Task<IReadOnlyList<TaskActorView>> Handle(ListTaskActorsOfInstance request, CancellationToken cancellationToken)
    {
        var tasks = await db.WorkTasks.AsNoTracking().Where(t => t.InstanceId == request.InstanceId).OrderBy(t => t.CreatedAt)
            .Select(t => new { t.ElementId, t.CreatedAt, t.CompletedAt, t.Assignee, t.CompletedBy }).ToListAsync(cancellationToken);
        var ids = tasks.SelectMany(t => new[] { StaffId(t.Assignee), StaffId(t.CompletedBy?.StartsWith(StaffPrefix, StringComparison.Ordinal) == true ? t.CompletedBy[StaffPrefix.Length..] : null) })
            .OfType<Guid>().Distinct().ToList();
        var names = ids.Count == 0 ? new Dictionary<Guid, string>() : await mediator.Send(new GetStaffNames(ids), cancellationToken);
        string? Name(string? text) => StaffId(text?.StartsWith(StaffPrefix, StringComparison.Ordinal) == true ? text[StaffPrefix.Length..] : text) is { } id
            ? names.GetValueOrDefault(id, text!) : text;
        return tasks.Select(t => new TaskActorView(t.ElementId, t.CreatedAt, t.CompletedAt, Name(t.Assignee), Name(t.CompletedBy))).ToList();
    }

    private static Guid? StaffId(string? text) => Guid.TryParse(text, out var id) ? id : null;
}
