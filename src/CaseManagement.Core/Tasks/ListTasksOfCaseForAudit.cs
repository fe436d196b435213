using CaseManagement.Core.Administration;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>Every task of one or more cases (open and done, across their workflow instances), oldest first.</summary>
[Authorize(Roles.Auditor)]
public sealed record ListTasksOfCaseForAudit(IReadOnlyCollection<Guid> CaseIds) : IQuery<IReadOnlyList<CaseTaskRecord>>;

internal sealed class ListTasksOfCaseForAuditHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<ListTasksOfCaseForAudit, IReadOnlyList<CaseTaskRecord>>
{
    public async Task<IReadOnlyList<CaseTaskRecord>> Handle(ListTasksOfCaseForAudit request, CancellationToken cancellationToken)
    {
        var keys = request.CaseIds.Select(id => id.ToString()).ToArray();
        var instanceIds = db.WorkflowInstances.Where(i => i.BusinessKey != null && keys.Contains(i.BusinessKey)).Select(i => i.Id);
        var tasks = await db.WorkTasks.AsNoTracking().Where(t => instanceIds.Contains(t.InstanceId)).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        var staff = tasks.SelectMany(t => new[] { t.Assignee, t.CompletedBy }).Select(s => Guid.TryParse(s, out var g) ? g : (Guid?)null).OfType<Guid>().Distinct().ToList();
        var names = staff.Count == 0 ? new Dictionary<Guid, string>() : await mediator.Send(new GetStaffNames(staff), cancellationToken);
        return tasks.Select(t => new CaseTaskRecord(t.Id, t.Name, t.Status, Name(t.Assignee), t.CreatedAt, t.ClaimedAt, t.CompletedAt, Name(t.CompletedBy))).ToList();

        string? Name(string? who) => who is not null && Guid.TryParse(who, out var id) && names.TryGetValue(id, out var n) ? n : who;
    }
}
