using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Tasks;

/// <summary>Arranging desk tasks through the use cases: a resident's consultation, its SLA timer fired.</summary>
internal static class DeskTestTasks
{
    public static async Task<DeskTaskView> NewChildTaskAsync(this CoreTestHost host, string message = "相談があります。")
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", message, TestPin.Default));
        return (await host.SendAsync(host.Hanako, new ListDeskQueue())).Single(t => t.CaseNumber == started.CaseNumber);
    }

    /// <summary>Fires the 4-office-hour SLA boundary timer of the task's workflow instance, as Quartz would.</summary>
    public static async Task FireSlaAsync(this CoreTestHost host, DeskTaskView task)
    {
        var timerId = await host.QueryAsync(db => db.Database.SqlQuery<Guid>(
            $"""
             SELECT t.id AS "Value" FROM wf_timers t JOIN wf_user_tasks u ON u.instance_id = t.instance_id
             WHERE u.id = {task.TaskId} AND t.element_id = 'sla_exceeded' AND t.status = 'pending'
             """).SingleAsync());
        Assert.True(await host.SendAsync(new CaseManagement.Core.Common.Security.SystemActor(), new FireWorkflowTimer(timerId)));
    }
}
