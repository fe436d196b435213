using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using CaseManagement.Workflows.Execution;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Audit;

/// <summary>An instance's history as a path over its diagram: auditors and admins any; supervisors those of the cases
/// of their own categories (the ones their desk shows).</summary>
[Authorize(Roles.Auditor, Roles.Admin, Roles.Supervisor)]
public sealed record GetWorkflowPath(Guid InstanceId) : IQuery<WorkflowPathView>;

internal sealed class GetWorkflowPathHandler(CaseDbContext db, IMediator mediator, ICurrentActor actor) : IRequestHandler<GetWorkflowPath, WorkflowPathView>
{
    public async Task<WorkflowPathView> Handle(GetWorkflowPath request, CancellationToken cancellationToken)
    {
        var instance = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == request.InstanceId)
            .Join(db.WorkflowDefinitions, i => i.DefinitionId, d => d.Id, (i, d) => new { i.Id, i.ProcessId, d.Version, i.DefinitionId, i.Status, i.BusinessKey })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Get("WorkflowInstanceNotFound"));
        // A case's instance carries the case id as its business key (OpenCase).
        Guid? caseId = Guid.TryParse(instance.BusinessKey, out var id) ? id : null;
        if (!actor.IsInRole(Roles.Auditor) && !actor.IsInRole(Roles.Admin) && !await InMyCategoriesAsync(caseId, cancellationToken))
        {
            throw new ForbiddenException(Messages.Get("Forbidden"));
        }

        var steps = await db.WorkflowHistory.AsNoTracking().Where(h => h.InstanceId == request.InstanceId).OrderBy(h => h.Seq)
            .Select(h => new WorkflowPathStep(h.Seq, h.At, h.Kind, h.ElementId, h.ElementType, h.Data))
            .ToListAsync(cancellationToken);
        var tasks = await mediator.Send(new Tasks.ListTaskActorsOfInstance(request.InstanceId), cancellationToken);
        var visits = WorkflowPathReplay.Visits(steps, tasks);
        return new WorkflowPathView(instance.Id, instance.ProcessId, instance.DefinitionId, instance.Version, instance.Status, steps,
            Distinct(steps, HistoryKinds.ElementActivated), Distinct(steps, HistoryKinds.FlowTaken),
            visits, WorkflowPathReplay.Current(visits), WorkflowPathReplay.PendingTimers(steps), caseId);
    }

    private async Task<bool> InMyCategoriesAsync(Guid? caseId, CancellationToken ct)
    {
        if (caseId is not { } c || (await mediator.Send(new Cases.ListCaseViews([c]), ct)).SingleOrDefault() is not { } view)
        {
            return false;
        }

        return (await mediator.Send(new Administration.GetMyCategories(), ct)).Any(m => m.Code == view.CategoryCode);
    }

    private static List<string> Distinct(IEnumerable<WorkflowPathStep> steps, string kind) =>
        steps.Where(s => s.Kind == kind && s.ElementId is not null).Select(s => s.ElementId!).Distinct().ToList();
}
