using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>A case is closed exactly when its workflow instance ends.</summary>
internal sealed class CloseCaseWhenWorkflowEnds(CaseDbContext db, TimeProvider clock) : INotificationHandler<WorkflowInstanceEnded>
{
    public async Task Handle(WorkflowInstanceEnded notification, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.WorkflowInstanceId == notification.InstanceId, cancellationToken);
        if (@case is null || @case.Status == CaseStatus.Closed)
        {
            return;
        }

        @case.Status = CaseStatus.Closed;
        @case.ClosedAt = clock.GetUtcNow();
        @case.Revision++;
        await db.SaveChangesAsync(cancellationToken);
    }
}
