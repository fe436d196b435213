using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseManagement.Core.Tests.Tasks;

/// <summary>DeskTaskChanged reaches listeners only after the command committed, and never for a refused command.</summary>
public sealed class DeskTaskChangedTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task A_claim_is_announced_after_commit_so_another_connection_already_sees_it()
    {
        var task = await host.NewChildTaskAsync();
        var heard = new Recorder(host.ConnectionString);
        await using var services = Services(heard);

        await SendAsync(services, host.Hanako, new ClaimTask(task.TaskId));

        var change = Assert.Single(heard.Changes);
        Assert.Equal((task.TaskId, "child", DeskChange.Claimed), (change.TaskId, change.Queue, change.Change));
        Assert.Equal(host.Hanako.StaffId.ToString(), Assert.Single(heard.AssigneeSeenFromOutside));
    }

    [Fact]
    public async Task A_refused_command_announces_nothing()
    {
        var task = await host.NewChildTaskAsync();
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));
        var heard = new Recorder(host.ConnectionString);
        await using var services = Services(heard);

        await Assert.ThrowsAsync<ForbiddenException>(() => SendAsync(services, host.Taro, new ReleaseTask(task.TaskId)));

        Assert.Empty(heard.Changes);
    }

    [Fact]
    public async Task A_new_consultation_announces_its_task_to_the_category_queue()
    {
        var heard = new Recorder(host.ConnectionString);
        await using var services = Services(heard);

        await SendAsync(services, TestActor.Resident, new Core.Consultations.StartConsultation("child", "通知の確認", TestPin.Default));

        var change = Assert.Single(heard.Changes);
        Assert.Equal(("child", DeskChange.Created), (change.Queue, change.Change));
    }

    [Fact]
    public async Task An_sla_escalation_announces_the_new_task_to_supervisors_and_the_cancelled_one_to_the_category()
    {
        var task = await host.NewChildTaskAsync("エスカレーション通知の確認");
        var timerId = await host.QueryAsync(db => db.Database.SqlQuery<Guid>(
            $"SELECT t.id AS \"Value\" FROM wf_timers t JOIN wf_user_tasks u ON u.instance_id = t.instance_id WHERE u.id = {task.TaskId} AND t.element_id = 'sla_exceeded'").SingleAsync());
        var heard = new Recorder(host.ConnectionString);
        await using var services = Services(heard);

        await SendAsync(services, new SystemActor(), new FireWorkflowTimer(timerId));

        Assert.Contains(heard.Changes, c => c.TaskId == task.TaskId && c.Queue == "child" && c.Change == DeskChange.Cancelled);
        Assert.Contains(heard.Changes, c => c.Queue == "supervisors:child" && c.Change == DeskChange.Escalated);
    }

    private ServiceProvider Services(Recorder recorder)
    {
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        collection.AddCaseManagementCore(host.ConnectionString);
        collection.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<ActorOverride>().Actor!);
        collection.AddSingleton<INotificationHandler<DeskTaskChanged>>(recorder);
        return collection.BuildServiceProvider();
    }

    private static async Task<T> SendAsync<T>(ServiceProvider services, ICurrentActor actor, IRequest<T> request)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = actor;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private sealed class Recorder(string connectionString) : INotificationHandler<DeskTaskChanged>
    {
        public List<DeskTaskChanged> Changes { get; } = [];

        public List<string?> AssigneeSeenFromOutside { get; } = [];

        public async Task Handle(DeskTaskChanged notification, CancellationToken cancellationToken)
        {
            Changes.Add(notification);
            // A fresh connection sees only committed data: the change must already be there.
            await using var db = new CaseDbContext(new DbContextOptionsBuilder<CaseDbContext>().UseNpgsql(connectionString).Options);
            AssigneeSeenFromOutside.Add(await db.WorkTasks.AsNoTracking().Where(t => t.Id == notification.TaskId).Select(t => t.Assignee).SingleOrDefaultAsync(cancellationToken));
        }
    }
}
