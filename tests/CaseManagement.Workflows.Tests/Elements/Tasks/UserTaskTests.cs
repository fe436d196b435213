using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Tests.Support;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Elements.Tasks;

public sealed class UserTaskTests
{
    private static readonly string ReviewProcess = $"""
        <startEvent id="start"/>
        <userTask id="review" name="審査" cm:queue="=category" cm:assignee="=owner.name" cm:form="application-review" cm:due="PT48H"/>
        <endEvent id="end"/>
        {Flow("start", "review")}{Flow("review", "end")}
        """;

    [Fact]
    public void A_user_task_asks_the_host_for_a_task_with_evaluated_extension_attributes()
    {
        // when
        var instance = InstanceDriver.Start(ReviewProcess, Vars.Of(("category", "welfare"), ("owner", Vars.Of(("name", "tanaka")))));

        // then
        var task = Assert.Single(instance.Last.Commands.OfType<CreateUserTask>());
        Assert.Equal("welfare", task.Queue);
        Assert.Equal("tanaka", task.Assignee);
        Assert.Equal("application-review", task.FormKey);
        Assert.Equal(InstanceDriver.T0.AddHours(48), task.DueAt);
        Assert.Equal(["start"], instance.Completed);
        Assert.Equal(["start", "review"], instance.Events(HistoryKinds.ElementActivated));
        Assert.Equal(["review"], instance.Events(HistoryKinds.TaskCreated));
    }

    [Fact]
    public void Completing_a_user_task_merges_its_variables_and_moves_the_token_on()
    {
        // given
        var instance = InstanceDriver.Start(ReviewProcess, Vars.Of(("category", "welfare")));

        // when
        instance.CompleteTask("review", Vars.Of(("approved", true)));

        // then
        Assert.Equal(true, instance.State.Variables["approved"]);
        Assert.Contains(instance.Last.History, h => h.Kind == HistoryKinds.VariableSet && h.Data!.Contains("approved", StringComparison.Ordinal));
        Assert.Equal(["review", "end"], instance.Last.History.Where(h => h.Kind == HistoryKinds.ElementCompleted).Select(h => h.ElementId));
        Assert.Equal(InstanceStatus.Completed, instance.State.Status);
    }

    [Fact]
    public void Completing_a_task_twice_is_refused_and_changes_nothing()
    {
        // given
        var instance = InstanceDriver.Start(ReviewProcess);
        var taskId = instance.OpenTask("review").TaskId;
        var engine = new WorkflowEngine();
        var pending = instance.State;
        var done = engine.Execute(instance.Process, pending, new CompleteUserTask(taskId, Vars.None, instance.Now)).State;

        // when / then: on the completed instance, and on a fresh one with a task id it never had
        Assert.Throws<WorkflowExecutionException>(() => engine.Execute(instance.Process, done, new CompleteUserTask(taskId, Vars.None, instance.Now)));
        var unknown = Assert.Throws<WorkflowExecutionException>(() => engine.Execute(instance.Process, pending, new CompleteUserTask(Guid.NewGuid(), Vars.None, instance.Now)));
        Assert.Contains("not open", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(InstanceStatus.Active, pending.Status);
    }

    [Fact]
    public void A_literal_queue_is_used_as_written()
    {
        var instance = InstanceDriver.Start($"""<startEvent id="s"/><userTask id="t" cm:queue="counter"/>{Flow("s", "t")}""");

        var task = Assert.Single(instance.Last.Commands.OfType<CreateUserTask>());
        Assert.Equal(("counter", null, "t"), (task.Queue, task.Assignee, task.Name));
    }

    [Fact]
    public void A_due_expression_may_give_a_date()
    {
        var instance = InstanceDriver.Start(
            $"""<startEvent id="s"/><userTask id="t" cm:due="=deadline"/>{Flow("s", "t")}""",
            Vars.Of(("deadline", new DateTimeOffset(2026, 4, 10, 17, 0, 0, TimeSpan.FromHours(9)))));

        Assert.Equal(new DateTimeOffset(2026, 4, 10, 17, 0, 0, TimeSpan.FromHours(9)), instance.OpenTask("t").DueAt);
    }

    [Fact]
    public void A_failing_queue_expression_names_the_element_and_expression()
    {
        var process = Process($"""<startEvent id="s"/><userTask id="t" cm:queue="=upper case(1, 2)"/>{Flow("s", "t")}""");

        var error = Assert.Throws<WorkflowExecutionException>(() =>
            new WorkflowEngine().Start(process, new StartInstance(Guid.NewGuid(), Vars.None, InstanceDriver.T0)));

        Assert.Equal("t", error.ElementId);
        Assert.Contains("upper case(1, 2)", error.Message, StringComparison.Ordinal);
    }
}
