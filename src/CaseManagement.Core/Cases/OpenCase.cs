using CaseManagement.Core.Administration;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Tasks;
using CaseManagement.Workflows.Hosting;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>Opens a case in a category and starts the category's workflow for it, in one transaction. With a PIN
/// (checked by the caller's validator), the secret link also needs it.</summary>
[AllowAnyone]
public sealed record OpenCase(string CategoryCode, string? Pin = null) : ICommand<OpenedCase>, IAuditTarget
{
    public string AuditTarget => "category:" + CategoryCode;
}

internal sealed class OpenCaseHandler(
    CaseDbContext db, IMediator mediator, WorkflowRuntime workflows, TimeProvider clock, AfterCommit afterCommit, ICurrentActor actor)
    : IRequestHandler<OpenCase, OpenedCase>
{
    public async Task<OpenedCase> Handle(OpenCase request, CancellationToken cancellationToken)
    {
        var category = await mediator.Send(new FindCategory(request.CategoryCode), cancellationToken);
        var now = clock.GetUtcNow();
        var seq = await db.Database.SqlQuery<long>($"SELECT nextval('case_number_seq') AS \"Value\"").SingleAsync(cancellationToken);
        var token = AccessToken.New();
        var @case = new Case
        {
            Id = Guid.CreateVersion7(now),
            CaseNumber = $"{now.ToOffset(TimeSpan.FromHours(9)).Year}-{seq:D6}",
            CategoryId = category.Id,
            Status = CaseStatus.Open,
            AccessTokenHash = AccessToken.Hash(token),
            PinHash = request.Pin is null ? null : ConsultationPin.Hash(request.Pin),
            // A signed-in resident finds the case again under わたしの相談; an anonymous one only through the link.
            ResidentId = actor.ResidentId,
            OpenedAt = now,
            Revision = 1,
        };
        @case.WorkflowInstanceId = Guid.CreateVersion7(now);
        db.Cases.Add(@case);
        await db.SaveChangesAsync(cancellationToken);

        var variables = new Dictionary<string, object?>
        {
            // Also the key of the business calendar its SLA timers count on (CategoryCalendars.Variable).
            [CategoryCalendars.Variable] = category.Code,
            ["caseNumber"] = @case.CaseNumber,
        };
        try
        {
            var step = await workflows.StartAsync(db.WorkflowSession(), category.WorkflowProcessId, @case.WorkflowInstanceId.Value,
                @case.Id.ToString(), variables, cancellationToken);
            await mediator.Publish(new WorkflowServiceTasksInvoked(step.ServiceTasks) { CreatedTasks = step.CreatedTasks }, cancellationToken);
            DeskTaskChanges.Created(afterCommit, step.CreatedTasks, DeskChange.Created);
            if (step.Status != Workflows.Execution.InstanceStatus.Active)
            {
                await mediator.Publish(new WorkflowInstanceEnded(step.InstanceId, @case.Id.ToString()), cancellationToken);
            }
        }
        catch (WorkflowNotPublishedException)
        {
            throw new NotFoundException(Messages.Get("WorkflowNotPublished"));
        }

        return new OpenedCase(@case.Id, @case.CaseNumber, token, @case.PinHash is { } pin ? AccessGrant.Issue(pin, token, now) : null);
    }
}
