using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Testing.Web;

/// <summary>Quartz's part in the running app: the app's clock is real and an SLA is hours away, so a test fires the
/// timer itself, exactly as the Quartz job does when it comes due (FireWorkflowTimer, acting as the system).</summary>
public static class WorkflowTimers
{
    /// <summary>Fires the pending timer <paramref name="elementId"/> (sla_exceeded, idle_reminder) of a case's workflow.</summary>
    public static async Task FireAsync(this TestApp app, string caseNumber, string elementId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemActor();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var timerId = await db.Database.SqlQuery<Guid>(
            $"""
             SELECT t.id AS "Value" FROM wf_timers t JOIN wf_instances i ON i.id = t.instance_id JOIN cases c ON c.id::text = i.business_key
             WHERE c.case_number = {caseNumber} AND t.element_id = {elementId} AND t.status = 'pending'
             """).SingleAsync();
        if (!await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new FireWorkflowTimer(timerId)))
        {
            throw new InvalidOperationException($"timer {elementId} of case {caseNumber} did not fire");
        }
    }
}
