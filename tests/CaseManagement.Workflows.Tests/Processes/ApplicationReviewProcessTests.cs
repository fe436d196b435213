using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Model;
using CaseManagement.Workflows.Tests.Support;
using Xunit;

namespace CaseManagement.Workflows.Tests.Processes;

/// <summary>Scenarios of the shipped workflows/application-review.bpmn (オンライン申請の審査).</summary>
public sealed class ApplicationReviewProcessTests
{
    private static readonly ProcessDefinition Review = ProcessRun.Shipped("application-review.bpmn");
    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(9));

    private static ProcessRun Received(string procedure) => ProcessRun.Start(Review, Monday, Vars.Of(("procedure", procedure)));

    // 住民票の写し: no defects, a fee of 300 yen set by the content review.
    private static ProcessRun AwaitingPayment()
    {
        var run = Received("juminhyo");
        run.After(TimeSpan.FromHours(1)).CompleteTask("formal_review", Vars.Of(("hasDefects", false)));
        run.After(TimeSpan.FromHours(1)).CompleteTask("content_review", Vars.Of(("fee", 300L)));
        return run;
    }

    [Fact]
    public void A_received_application_waits_for_its_formal_review_in_the_procedure_queue()
    {
        var run = Received("jidoteate");

        var task = Assert.Single(run.OpenTasks);
        Assert.Equal(("formal_review", "形式審査", "jidoteate"), (task.ElementId, task.Name, task.Queue));
        Assert.Empty(run.OpenTimers);
    }

    [Fact]
    public void An_application_returned_twice_is_reviewed_again_after_each_correction_and_then_issued()
    {
        var run = Received("jidoteate");

        // 差戻し twice: the applicant corrects within the 14 days each time
        for (var round = 1; round <= 2; round++)
        {
            run.After(TimeSpan.FromHours(2)).CompleteTask("formal_review", Vars.Of(("hasDefects", true)));
            Assert.Equal(round, run.Services("notify").Count(n => Equals(n.Inputs["template"], "returned-to-applicant")));
            Assert.Empty(run.OpenTasks);
            Assert.Equal(run.Now.AddDays(14), run.OpenTimer("correction_deadline").DueAt);

            run.After(TimeSpan.FromDays(3)).Correlate("application-corrected", Vars.Of(("correctedAt", run.Now)));

            Assert.Equal(["correction_deadline"], run.Events(HistoryKinds.TimerCancelled).Skip(round - 1));
            Assert.Equal("jidoteate", run.OpenTask("formal_review").Queue);
        }

        run.After(TimeSpan.FromHours(2)).CompleteTask("formal_review", Vars.Of(("hasDefects", false)));
        Assert.Equal("jidoteate", run.OpenTask("content_review").Queue);
        run.After(TimeSpan.FromHours(2)).CompleteTask("content_review", Vars.Of(("fee", 0L)));

        // 児童手当 has no fee: the notice is issued at once
        var issue = Assert.Single(run.Services("generate-document"));
        Assert.Equal(("issue", "issuance-notice", "jidoteate"), (issue.ElementId, issue.Inputs["template"], issue.Inputs["procedure"]));
        Assert.Equal(new InstanceCompleted("completed", false), run.Last.Commands[^1]);
        Assert.Equal(3, run.Events(HistoryKinds.TaskCompleted).Count(e => e == "formal_review"));
        Assert.Equal(
            ["flow_defects", "flow_defects", "flow_no_defects", "flow_no_fee"],
            run.Events(HistoryKinds.FlowTaken).Where(f => f is "flow_defects" or "flow_no_defects" or "flow_fee" or "flow_no_fee"));
    }

    [Fact]
    public void A_returned_application_not_corrected_within_14_days_is_treated_as_withdrawn()
    {
        var run = Received("jidoteate");
        run.CompleteTask("formal_review", Vars.Of(("hasDefects", true)));

        run.FireTimer("correction_deadline");

        Assert.Equal(Monday.AddDays(14), run.Now);
        Assert.Equal(new InstanceCompleted("withdrawn", false), run.Last.Commands[^1]);
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Empty(run.State.Subscriptions);
        Assert.Empty(run.Services("generate-document"));
        // a correction arriving afterwards finds no instance waiting for it
        Assert.Throws<WorkflowExecutionException>(() => run.Correlate("application-corrected"));
    }

    [Fact]
    public void A_fee_paid_within_seven_days_gets_the_document_issued()
    {
        var run = AwaitingPayment();
        Assert.Empty(run.OpenTasks);
        var deadline = run.OpenTimer("payment_overdue");
        Assert.Equal(run.Now.AddDays(7), deadline.DueAt);

        run.After(TimeSpan.FromDays(2)).Correlate("payment-received", Vars.Of(("receiptNo", "R-2026-0001")));

        Assert.Contains(new CancelTimer(deadline.TimerId, "payment_overdue"), run.Last.Commands);
        Assert.Equal("juminhyo", Assert.Single(run.Services("generate-document")).Inputs["procedure"]);
        Assert.Empty(run.Services("notify"));
        Assert.Equal("R-2026-0001", run.State.Variables["receiptNo"]);
        Assert.Equal(["await_payment", "paid", "issue", "completed"], run.Completed.TakeLast(4));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void An_unpaid_fee_is_reminded_once_after_seven_days_and_a_late_payment_still_gets_the_document()
    {
        var run = AwaitingPayment();

        run.FireTimer("payment_overdue");

        var dun = Assert.Single(run.Services("notify"));
        Assert.Equal(("dun", "payment-reminder", 300L), (dun.ElementId, dun.Inputs["template"], dun.Inputs["fee"]));
        Assert.Equal(run.Now.AddDays(7), run.OpenTimer("payment_expired").DueAt);

        run.After(TimeSpan.FromDays(5)).Correlate("payment-received");

        Assert.Single(run.Services("generate-document"));
        Assert.Equal(["await_payment_again", "paid_late", "issue", "completed"], run.Completed.TakeLast(4));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void A_fee_still_unpaid_seven_days_after_the_reminder_expires_the_application()
    {
        var run = AwaitingPayment();
        var reviewed = run.Now;

        run.FireTimer("payment_overdue");
        run.FireTimer("payment_expired");

        Assert.Equal(reviewed.AddDays(14), run.Now);
        Assert.Equal(new InstanceCompleted("expired", false), run.Last.Commands[^1]);
        Assert.Single(run.Services("notify"));
        Assert.Empty(run.Services("generate-document"));
        Assert.Empty(run.State.Subscriptions);
        Assert.Equal(["payment_overdue", "payment_expired"], run.Events(HistoryKinds.TimerFired));
    }
}
