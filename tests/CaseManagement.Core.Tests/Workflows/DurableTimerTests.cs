using CaseManagement.Core.Tasks;
using CaseManagement.Workflows.Hosting.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Core.Tests.Workflows;

/// <summary>Timers go through the outbox into clustered Quartz, fire once, and move the instance on.</summary>
public sealed class DurableTimerTests(BackgroundHost node) : IClassFixture<BackgroundHost>
{
    private const string WaitThenAct = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cm="urn:casemanagement:bpmn:1" id="d" targetNamespace="t">
          <bpmn:process id="wait_then_act" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="act" />
            <bpmn:userTask id="act" name="期限後の対応" cm:queue="child" />
            <bpmn:sequenceFlow id="f3" sourceRef="act" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task A_timer_is_scheduled_in_Quartz_after_commit_fires_once_and_creates_the_next_task()
    {
        // given an instance waiting on a one-second timer
        var instance = await node.StartAsync(WaitThenAct, "wait_then_act");
        var timerId = await node.ScalarAsync<Guid>("SELECT id FROM wf_timers WHERE instance_id = $1", instance);

        // when Quartz fires it
        await node.Fired.WhenFired(timerId);

        // then the timer is spent, the task exists, the schedule went through the outbox, and the step was audited
        Assert.Equal("fired", await node.ScalarAsync<string>("SELECT status FROM wf_timers WHERE id = $1", timerId));
        Assert.Equal(1L, await node.ScalarAsync<long>("SELECT count(*) FROM wf_user_tasks WHERE instance_id = $1 AND element_id = 'act'", instance));
        Assert.Equal(1L, await node.ScalarAsync<long>(
            "SELECT count(*) FROM wf_outbox WHERE kind = 'schedule-timer' AND idempotency_key = $1 AND delivered_at IS NOT NULL", $"timer:{timerId}:schedule"));
        Assert.Equal(1L, await node.ScalarAsync<long>(
            "SELECT count(*) FROM audit_log WHERE action = 'FireWorkflowTimer' AND target = $1 AND actor = 'system' AND outcome = 'succeeded'", "timer:" + timerId));
    }

    [Fact]
    public async Task A_timer_fired_a_second_time_changes_nothing()
    {
        var instance = await node.StartAsync(WaitThenAct, "wait_then_act");
        var timerId = await node.ScalarAsync<Guid>("SELECT id FROM wf_timers WHERE instance_id = $1", instance);
        await node.Fired.WhenFired(timerId);
        var history = await node.ScalarAsync<long>("SELECT count(*) FROM wf_history WHERE instance_id = $1", instance);

        await using var scope = node.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CaseManagement.Workflows.Hosting.Timers.IWorkflowTimerHandler>().FireAsync(timerId, default);

        Assert.Equal(history, await node.ScalarAsync<long>("SELECT count(*) FROM wf_history WHERE instance_id = $1", instance));
        Assert.Equal(1L, await node.ScalarAsync<long>("SELECT count(*) FROM wf_user_tasks WHERE instance_id = $1", instance));
        Assert.Equal(nameof(FireWorkflowTimer), await node.ScalarAsync<string>("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public async Task A_service_task_is_delivered_after_commit_retried_after_a_failure_and_recognisable_when_repeated()
    {
        node.ServiceTasks.FailuresToSimulate = 1;

        var instance = await node.StartAsync(Durability.Processes.NotifyOnce, "notify_once");
        await node.ServiceTasks.FirstDelivery;

        var (key, inputs) = Assert.Single(node.ServiceTasks.Deliveries);
        Assert.Equal("reply-waiting", inputs["template"]);
        // The handler runs inside the dispatcher's transaction: FOR UPDATE waits for it to commit its bookkeeping.
        Assert.Equal(2, await node.ScalarAsync<int>("SELECT attempts FROM wf_outbox WHERE instance_id = $1 FOR UPDATE", instance));

        // a crash after delivery but before marking it would deliver again: the handler sees the same key
        await node.ScalarAsync<int>("UPDATE wf_outbox SET delivered_at = NULL WHERE instance_id = $1 RETURNING attempts", instance);
        await node.Services.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(default);
        Assert.Equal(2, node.ServiceTasks.Deliveries.Count);
        Assert.All(node.ServiceTasks.Deliveries, d => Assert.Equal(key, d.Key));
    }
}
