using CaseManagement.Workflows.Bpmn;
using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Tests.Support;
using Xunit;

namespace CaseManagement.Workflows.Tests.Workflows;

public sealed class ApplicationReviewWorkflowTests
{
    private static readonly Model.ProcessDefinition Review = BpmnReader.Read(TestBpmn.Fixture("application-review.bpmn")).Single();

    private static InstanceDriver Received() =>
        InstanceDriver.Start(Review, Vars.Of(("copies", 2L), ("kind", "juminhyo"), ("department", "citizens"), ("reviewer", "suzuki")));

    [Fact]
    public void A_received_application_gets_its_fee_an_acknowledgement_and_two_parallel_checks()
    {
        var instance = Received();

        Assert.Equal((600L, "JUMINHYO"), (instance.State.Variables["fee"], instance.State.Variables["kind"]));
        var ack = Assert.Single(instance.Commands.OfType<InvokeServiceTask>());
        Assert.Equal(("auto-reply", 600L), (ack.Type, ack.Inputs["fee"]));
        Assert.Equal(["check_documents", "check_eligibility"], instance.OpenTasks.Select(t => t.ElementId));
        Assert.All(instance.OpenTasks, t => Assert.Equal("citizens", t.Queue));
        Assert.Equal("daily_reminder", instance.OpenTimers.Single().ElementId);
    }

    [Fact]
    public void A_daily_reminder_is_sent_while_the_documents_wait_and_stops_when_they_are_checked()
    {
        var instance = Received();

        instance.FireTimer("daily_reminder");
        instance.FireTimer("daily_reminder");

        Assert.Equal(2, instance.Commands.OfType<InvokeServiceTask>().Count(c => c.Type == "notify"));
        Assert.Equal(["check_documents", "check_eligibility"], instance.OpenTasks.Select(t => t.ElementId));
        instance.CompleteTask("check_documents", Vars.Of(("documentsOk", true)));
        Assert.Single(instance.Last.Commands.OfType<CancelTimer>());
        Assert.Empty(instance.OpenTimers);
    }

    [Fact]
    public void An_approved_application_is_notified_and_completes()
    {
        var instance = Received();

        instance.CompleteTask("check_eligibility", Vars.Of(("eligible", true)));
        instance.CompleteTask("check_documents", Vars.Of(("documentsOk", true)));

        Assert.Equal(InstanceStatus.Completed, instance.State.Status);
        Assert.Equal("approved", instance.Commands.OfType<InvokeServiceTask>().Last().Inputs["template"]);
        Assert.Equal(new InstanceCompleted("approved", false), instance.Last.Commands[^1]);
    }

    [Fact]
    public void A_sent_back_application_is_checked_again_when_the_resident_resubmits()
    {
        var instance = Received();
        instance.CompleteTask("check_eligibility", Vars.Of(("eligible", true)));
        instance.CompleteTask("check_documents", Vars.Of(("documentsOk", false)));
        Assert.Equal("suzuki", instance.OpenTask("send_back").Assignee);

        instance.CompleteTask("send_back");
        instance.Correlate("applicationResubmitted", Vars.Of(("documentsOk", true)));

        Assert.Equal(["check_documents", "check_eligibility"], instance.OpenTasks.Select(t => t.ElementId));
        Assert.DoesNotContain(instance.OpenTimers, t => t.ElementId == "two_weeks");
    }

    [Fact]
    public void A_sent_back_application_is_closed_after_two_weeks_without_answer()
    {
        var instance = Received();
        instance.CompleteTask("check_eligibility", Vars.Of(("eligible", false)));
        instance.CompleteTask("check_documents", Vars.Of(("documentsOk", true)));
        instance.CompleteTask("send_back");
        Assert.Equal(InstanceDriver.T0.AddDays(14), instance.OpenTimers.Single(t => t.ElementId == "two_weeks").DueAt);

        instance.FireTimer("two_weeks");

        Assert.Equal(InstanceStatus.Terminated, instance.State.Status);
        Assert.Equal(new InstanceCompleted("abandoned", true), instance.Last.Commands[^1]);
        Assert.Empty(instance.State.Subscriptions);
    }
}
