using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Audit;

/// <summary>Everything about one case on one page, for auditors (read-only; the reading itself is audited).</summary>
[Authorize(Roles.Auditor)]
public sealed record GetCaseHistory(string CaseNumber) : IQuery<CaseHistoryView>;

internal sealed class GetCaseHistoryHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<GetCaseHistory, CaseHistoryView>
{
    private const int TrailLimit = 2000;

    public async Task<CaseHistoryView> Handle(GetCaseHistory request, CancellationToken cancellationToken)
    {
        var @case = await mediator.Send(new FindCaseForAudit(request.CaseNumber), cancellationToken);
        var messages = await mediator.Send(new ListCaseMessagesForAudit(@case.Id), cancellationToken);
        var tasks = await mediator.Send(new ListTasksOfCaseForAudit([@case.Id]), cancellationToken);
        var path = @case.WorkflowInstanceId is { } instance
            && await db.WorkflowInstances.AnyAsync(i => i.Id == instance, cancellationToken)
            ? await mediator.Send(new GetWorkflowPath(instance), cancellationToken)
            : null;
        var targets = new List<string> { "case:" + @case.Id };
        targets.AddRange(tasks.Select(t => "task:" + t.TaskId));
        var rows = await db.AuditLog.AsNoTracking().Where(a => a.Target != null && targets.Contains(a.Target))
            .OrderBy(a => a.Id).Take(TrailLimit).ToListAsync(cancellationToken);
        var trail = await AuditSearches.ViewsAsync(mediator, rows, cancellationToken);
        var views = trail.Where(a => a.Kind == AuditKinds.Read && a.Actor.StartsWith("staff:", StringComparison.Ordinal)).ToList();
        return new CaseHistoryView(@case, messages, tasks, path, trail, views);
    }
}
