using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Notifications;

/// <summary>Quartz's part, driven by the test clock: every pending timer whose due time the clock has reached is
/// fired through FireWorkflowTimer, earliest first, until none is due.</summary>
internal static class DueTimers
{
    /// <summary>Fires what is due at <see cref="CoreTestHost.Clock"/>; returns the timer elements fired, in order.</summary>
    public static async Task<IReadOnlyList<string>> FireDueTimersAsync(this CoreTestHost host, Guid caseId)
    {
        var fired = new List<string>();
        while (true)
        {
            var now = host.Clock.GetUtcNow();
            var key = caseId.ToString();
            var due = await host.QueryAsync(db => db.Database.SqlQuery<DueTimer>(
                $"""
                 SELECT t.id AS "Id", t.element_id AS "ElementId" FROM wf_timers t JOIN wf_instances i ON i.id = t.instance_id
                 WHERE i.business_key = {key} AND t.status = 'pending' AND t.due_at <= {now} ORDER BY t.due_at LIMIT 1
                 """).SingleOrDefaultAsync());
            if (due is null)
            {
                return fired;
            }

            Assert.True(await host.SendAsync(new SystemActor(), new FireWorkflowTimer(due.Id)));
            fired.Add(due.ElementId);
        }
    }

    /// <summary>When a pending timer of the case's workflow falls due.</summary>
    public static Task<DateTimeOffset> DueAtAsync(this CoreTestHost host, Guid caseId, string elementId)
    {
        var key = caseId.ToString();
        return host.QueryAsync(db => db.Database.SqlQuery<DateTimeOffset>(
            $"""
             SELECT t.due_at AS "Value" FROM wf_timers t JOIN wf_instances i ON i.id = t.instance_id
             WHERE i.business_key = {key} AND t.element_id = {elementId} AND t.status = 'pending'
             """).SingleAsync());
    }

    private sealed class DueTimer
    {
        public Guid Id { get; set; }

        public required string ElementId { get; set; }
    }
}
