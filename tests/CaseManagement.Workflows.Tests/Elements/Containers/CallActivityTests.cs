using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Tests.Support;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Elements.Containers;

public sealed class CallActivityTests
{
    private static readonly DateTimeOffset Later = InstanceDriver.T0.AddDays(1);

    private static string Calling(string attributes = "", string boundary = "") => $"""
        <startEvent id="s"/>
        <callActivity id="moving_in" calledElement="moving-in" {attributes}/>
        {boundary}
        <userTask id="after"/>
        {Flow("s", "moving_in")}{Flow("moving_in", "after")}
        """;

    private static StartCallActivity Started(InstanceDriver instance) => Assert.Single(instance.Commands.OfType<StartCallActivity>());

    private static InstanceDriver ChildEnds(InstanceDriver instance, IReadOnlyDictionary<string, object?>? childVariables = null) =>
        instance.Execute(new CompleteCallActivity(Started(instance).ChildInstanceId, childVariables ?? Vars.None, Later));

    [Fact]
    public void Activating_a_call_activity_asks_the_host_to_start_the_latest_version_with_a_copy_of_every_variable()
    {
        var instance = InstanceDriver.Start(Calling(), Vars.Of(("resident", "山田"), ("ward", 3L)));

        var start = Started(instance);
        Assert.Equal(("moving_in", "moving-in", (int?)null), (start.ElementId, start.ProcessId, start.Version));
        Assert.Equal(Vars.Of(("resident", "山田"), ("ward", 3L)), start.Variables);
        Assert.Equal(["moving_in"], instance.Events(HistoryKinds.CallActivityStarted));
        Assert.Equal(["s"], instance.Completed);
        Assert.Contains(instance.State.Subscriptions, s => s.Kind == SubscriptionKind.CallActivity && s.Id == start.ChildInstanceId);
    }

    [Fact]
    public void The_child_instance_id_is_derived_from_the_parent_so_a_replay_asks_for_the_same_child()
    {
        var process = Process(Calling());
        var engine = new WorkflowEngine();
        var command = new StartInstance(Guid.NewGuid(), Vars.None, InstanceDriver.T0);

        var first = engine.Start(process, command).Commands.OfType<StartCallActivity>().Single();
        var again = engine.Start(process, command).Commands.OfType<StartCallActivity>().Single();

        Assert.Equal(first.ChildInstanceId, again.ChildInstanceId);
        Assert.NotEqual(command.InstanceId, first.ChildInstanceId);
    }

    [Fact]
    public void A_pinned_version_and_input_mappings_decide_what_the_child_starts_with()
    {
        var instance = InstanceDriver.Start(Calling("""cm:version="3" cm:in="applicant := resident; fee := ward * 100" """), Vars.Of(("resident", "山田"), ("ward", 3L)));

        var start = Started(instance);
        Assert.Equal(3, start.Version);
        Assert.Equal(Vars.Of(("applicant", "山田"), ("fee", 300L)), start.Variables);
    }

    [Fact]
    public void The_childs_end_moves_the_token_on_and_gives_back_only_what_cm_out_maps()
    {
        var instance = InstanceDriver.Start(Calling("""cm:out="certificateNo := issuedNo" """), Vars.Of(("resident", "山田")));

        ChildEnds(instance, Vars.Of(("issuedNo", "R8-0042"), ("resident", "changed by the child")));

        Assert.Equal(["s", "moving_in"], instance.Completed);
        Assert.Equal(["moving_in"], instance.Events(HistoryKinds.CallActivityCompleted));
        Assert.Equal("R8-0042", instance.State.Variables["certificateNo"]);
        Assert.Equal("山田", instance.State.Variables["resident"]);
        Assert.Equal(["after"], instance.OpenTasks.Select(t => t.ElementId));
    }

    [Fact]
    public void Without_cm_out_the_parent_gets_nothing_back()
    {
        var instance = InstanceDriver.Start(Calling(), Vars.Of(("resident", "山田")));

        ChildEnds(instance, Vars.Of(("issuedNo", "R8-0042")));

        Assert.False(instance.State.Variables.ContainsKey("issuedNo"));
        Assert.Empty(instance.Events(HistoryKinds.VariableSet).Skip(1));
    }

    [Fact]
    public void A_duplicate_or_unknown_child_completion_changes_nothing()
    {
        var instance = InstanceDriver.Start(Calling());
        ChildEnds(instance);
        var state = instance.State;

        ChildEnds(instance);
        Assert.Empty(instance.Last.Commands);
        Assert.Empty(instance.Last.History);
        instance.Execute(new CompleteCallActivity(Guid.NewGuid(), Vars.None, Later));
        Assert.Empty(instance.Last.History);
        Assert.Equal(InstanceStateJson.Serialize(state), InstanceStateJson.Serialize(instance.State));
    }

    [Fact]
    public void An_interrupting_boundary_timer_cancels_the_child_and_takes_its_own_path()
    {
        var instance = InstanceDriver.Start(Calling(boundary: $"""
            <boundaryEvent id="too_long" attachedToRef="moving_in"><timerEventDefinition><timeDuration>P30D</timeDuration></timerEventDefinition></boundaryEvent>
            <userTask id="chase"/>{Flow("too_long", "chase")}
            """));
        var child = Started(instance).ChildInstanceId;

        instance.FireTimer("too_long");

        Assert.Contains(new CancelCallActivity(child, "moving_in"), instance.Last.Commands);
        Assert.Equal(["moving_in"], instance.Events(HistoryKinds.ElementTerminated));
        Assert.Equal(["moving_in"], instance.Events(HistoryKinds.CallActivityCancelled));
        Assert.Equal(["chase"], instance.OpenTasks.Select(t => t.ElementId));

        // The child ended just after it was cancelled: too late, nothing happens.
        instance.Execute(new CompleteCallActivity(child, Vars.None, Later));
        Assert.Empty(instance.Last.History);
    }

    [Fact]
    public void A_non_interrupting_boundary_message_leaves_the_child_running()
    {
        var instance = InstanceDriver.Start(Calling(boundary: $"""
            <boundaryEvent id="asked" attachedToRef="moving_in" cancelActivity="false"><messageEventDefinition messageRef="m"/></boundaryEvent>
            <userTask id="answer"/>{Flow("asked", "answer")}
            """), extra: """<message id="m" name="inquiry"/>""");

        instance.Correlate("inquiry");

        Assert.DoesNotContain(instance.Last.Commands, c => c is CancelCallActivity);
        Assert.Equal(["answer"], instance.OpenTasks.Select(t => t.ElementId));
        ChildEnds(instance);
        Assert.Equal(["answer", "after"], instance.OpenTasks.Select(t => t.ElementId));
    }

    [Fact]
    public void A_boundary_timer_is_cancelled_when_the_child_ends_first()
    {
        var instance = InstanceDriver.Start(Calling(boundary: """
            <boundaryEvent id="too_long" attachedToRef="moving_in"><timerEventDefinition><timeDuration>P30D</timeDuration></timerEventDefinition></boundaryEvent>
            """));

        ChildEnds(instance);

        Assert.Single(instance.Last.Commands.OfType<CancelTimer>(), t => t.ElementId == "too_long");
        Assert.DoesNotContain(instance.Last.Commands, c => c is CancelCallActivity);
    }

    [Fact]
    public void A_terminate_end_event_elsewhere_cancels_the_child()
    {
        var instance = InstanceDriver.Start($"""
            <startEvent id="s"/><parallelGateway id="fork"/>
            <callActivity id="moving_in" calledElement="moving-in"/>
            <userTask id="withdraw"/><endEvent id="stop"><terminateEventDefinition/></endEvent>
            {Flow("s", "fork")}{Flow("fork", "moving_in")}{Flow("fork", "withdraw")}{Flow("withdraw", "stop")}
            """);
        var child = Started(instance).ChildInstanceId;

        instance.CompleteTask("withdraw");

        Assert.Contains(new CancelCallActivity(child, "moving_in"), instance.Last.Commands);
        Assert.Equal(InstanceStatus.Terminated, instance.State.Status);
    }

    [Fact]
    public void Cancelling_an_instance_cancels_its_tasks_timers_and_children_and_ends_it_terminated()
    {
        var instance = InstanceDriver.Start($"""
            <startEvent id="s"/><parallelGateway id="fork"/>
            <callActivity id="moving_in" calledElement="moving-in"/>
            <boundaryEvent id="too_long" attachedToRef="moving_in"><timerEventDefinition><timeDuration>P30D</timeDuration></timerEventDefinition></boundaryEvent>
            <userTask id="review"/>
            {Flow("s", "fork")}{Flow("fork", "moving_in")}{Flow("fork", "review")}
            """);
        var child = Started(instance).ChildInstanceId;
        var review = instance.OpenTask("review");

        instance.Execute(new CancelInstance(Later));

        Assert.Contains(new CancelCallActivity(child, "moving_in"), instance.Last.Commands);
        Assert.Contains(new CancelUserTask(review.TaskId, "review"), instance.Last.Commands);
        Assert.Single(instance.Last.Commands.OfType<CancelTimer>(), t => t.ElementId == "too_long");
        Assert.Equal(new InstanceCompleted("p", Terminated: true), instance.Last.Commands[^1]);
        Assert.Equal(InstanceStatus.Terminated, instance.State.Status);
        Assert.Empty(instance.State.Tokens);
        Assert.Empty(instance.State.Subscriptions);

        instance.Execute(new CancelInstance(Later));
        Assert.Empty(instance.Last.History);
    }

    [Fact]
    public void The_host_contract_runs_a_child_to_its_end_and_back_into_the_parent()
    {
        // What the host does, step by step: start the child it is asked for, report the child's end to the parent.
        var engine = new WorkflowEngine();
        var parent = Process(Calling("""cm:in="applicant := resident" cm:out="certificateNo := issuedNo" """));
        var child = Process($"""
            <startEvent id="cs"/><userTask id="issue"/><scriptTask id="number" cm:script="issuedNo := &quot;R8-&quot; + applicant"/><endEvent id="ce"/>
            {Flow("cs", "issue")}{Flow("issue", "number")}{Flow("number", "ce")}
            """);

        var parentStep = engine.Start(parent, new StartInstance(Guid.NewGuid(), Vars.Of(("resident", "山田")), InstanceDriver.T0));
        var call = parentStep.Commands.OfType<StartCallActivity>().Single();
        var childStep = engine.Start(child, new StartInstance(call.ChildInstanceId, call.Variables, InstanceDriver.T0));
        var task = childStep.Commands.OfType<CreateUserTask>().Single();
        childStep = engine.Execute(child, childStep.State, new CompleteUserTask(task.TaskId, Vars.None, Later));
        Assert.Contains(childStep.Commands, c => c is InstanceCompleted { Terminated: false });
        parentStep = engine.Execute(parent, parentStep.State, new CompleteCallActivity(call.ChildInstanceId, childStep.State.Variables, Later));

        Assert.Equal("R8-山田", parentStep.State.Variables["certificateNo"]);
        Assert.Equal("after", parentStep.Commands.OfType<CreateUserTask>().Single().ElementId);
    }

    [Fact]
    public void A_failing_output_mapping_names_the_call_activity()
    {
        var instance = InstanceDriver.Start(Calling("""cm:out="no := substring(issuedNo)" """));

        var error = Assert.Throws<WorkflowExecutionException>(() => ChildEnds(instance, Vars.Of(("issuedNo", "R8"))));

        Assert.Equal("moving_in", error.ElementId);
    }
}
