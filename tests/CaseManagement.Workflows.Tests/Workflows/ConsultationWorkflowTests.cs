using CaseManagement.Workflows.Bpmn;
using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Tests.Support;
using Xunit;

namespace CaseManagement.Workflows.Tests.Workflows;

public sealed class ConsultationWorkflowTests
{
    private static readonly Model.ProcessDefinition Consultation =
        BpmnReader.Read(TestBpmn.Workflow("consultation.bpmn")).Single();

    [Fact]
    public void The_shipped_consultation_workflow_is_read_as_one_executable_process()
    {
        Assert.Equal("consultation", Consultation.Id);
        Assert.Equal("オンライン相談", Consultation.Name);
    }

    [Fact]
    public void A_consultation_goes_to_its_category_queue_loops_on_follow_up_and_then_closes()
    {
        // given a resident's consultation about child care
        var instance = InstanceDriver.Start(Consultation, Vars.Of(("category", "child")));

        // then a counselor task waits in the "child" queue
        var first = Assert.Single(instance.Last.Commands.OfType<CreateUserTask>());
        Assert.Equal(("respond", "child", "相談対応"), (first.ElementId, first.Queue, first.Name));

        // when the counselor answers and asks for a follow-up
        instance.CompleteTask("respond", Vars.Of(("followUp", true)));

        // then a new task is created for the same step
        var second = Assert.Single(instance.Last.Commands.OfType<CreateUserTask>());
        Assert.Equal("respond", second.ElementId);
        Assert.NotEqual(first.TaskId, second.TaskId);

        // when the follow-up is answered and nothing more is needed
        instance.CompleteTask("respond", Vars.Of(("followUp", false)));

        // then the consultation is closed
        // (completing 相談対応 also cancels its SLA and reminder timers, so the end is the last command)
        Assert.Equal(new InstanceCompleted("closed", false), instance.Last.Commands[^1]);
        Assert.Equal(InstanceStatus.Completed, instance.State.Status);
        Assert.Equal(["reception", "assign_counselor", "respond", "needs_follow_up", "respond", "needs_follow_up", "closed"], instance.Completed);
        Assert.Equal(["flow_to_assign", "flow_to_respond", "flow_to_check", "flow_follow_up", "flow_to_check", "flow_to_end"], instance.Events(HistoryKinds.FlowTaken));
        Assert.Equal(2, instance.Events(HistoryKinds.TaskCompleted).Count);
        Assert.Equal(HistoryKinds.InstanceCompleted, instance.History[^1].Kind);
        Assert.Empty(instance.State.Tokens);
        Assert.Empty(instance.State.Subscriptions);
    }
}
