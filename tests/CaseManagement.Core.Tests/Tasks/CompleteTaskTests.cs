using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Tasks;

/// <summary>Completing a task moves the workflow exactly once, however often the button is pressed.</summary>
public sealed class CompleteTaskTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task Completing_the_same_task_twice_at_once_moves_the_workflow_once_and_tells_the_second_it_is_done()
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "二重送信のテスト", TestPin.Default));
        var task = (await host.SendAsync(host.Hanako, new ListDeskQueue())).Single(t => t.CaseNumber == started.CaseNumber);
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));
        var vars = new Dictionary<string, object?> { ["followUp"] = true };

        var results = await Task.WhenAll(Try(task.TaskId, vars), Try(task.TaskId, vars));

        Assert.Single(results, r => r is null);
        var conflict = Assert.IsType<ConflictException>(Assert.Single(results, r => r is not null));
        Assert.Equal("このタスクはすでに完了しているか、取り消されています。", conflict.Message);
        var caseId = task.CaseId.ToString();
        var openTasks = await host.QueryAsync(db => db.WorkTasks.CountAsync(t => t.Status == "open"
            && db.WorkflowInstances.Any(i => i.Id == t.InstanceId && i.BusinessKey == caseId)));
        Assert.Equal(1, openTasks);
    }

    private async Task<Exception?> Try(Guid taskId, Dictionary<string, object?> vars)
    {
        try
        {
            await host.SendAsync(host.Hanako, new CompleteTask(taskId, vars));
            return null;
        }
        catch (ConflictException e)
        {
            return e;
        }
    }
}
