using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements.Tasks;

/// <summary>Asks the host to put a task in a queue (cm:queue) or give it to someone (cm:assignee), then waits
/// for CompleteUserTask.</summary>
internal sealed class UserTask : IElementBehavior
{
    public ActivationResult Activate(ElementContext context)
    {
        var (step, node) = (context.Step, (UserTaskNode)context.Node);
        var queue = Expressions.Text(step, node, node.Queue, "cm:queue");
        var assignee = Expressions.Text(step, node, node.Assignee, "cm:assignee");
        var form = Expressions.Text(step, node, node.FormKey, "cm:form");
        var dueAt = DueAt(step, node);
        var taskId = context.Runner.Subscriptions.OpenTask(node, context.Token);
        step.Commands.Add(new CreateUserTask(taskId, node.Id, node.Name ?? node.Id, queue, assignee, form, dueAt));
        step.Record(HistoryKinds.TaskCreated, node,
        [
            new("taskId", taskId.ToString()), new("queue", queue), new("assignee", assignee), new("form", form), new("dueAt", dueAt),
        ]);
        return ActivationResult.Wait;
    }

    public IReadOnlyList<SequenceFlow> Complete(ElementContext context) => context.Node.Outgoing;

    public void Terminate(ElementContext context)
    {
    }

    // cm:due is a duration from now (PT48H), a date, or an expression giving either.
    private static DateTimeOffset? DueAt(StepContext step, UserTaskNode node) =>
        Expressions.LiteralOrExpression(step, node, node.Due, "cm:due") switch
        {
            null => null,
            DateTimeOffset at => at,
            DateOnly date => new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            TimeSpan span => step.Now + span,
            FeelYearsMonths months => step.Now.AddMonths(months.Months),
            string s when IsoDuration.TryParse(s, out var duration) => duration.AddTo(step.Now),
            string s when FeelTemporal.ParseDateTime(s) is { } at => at,
            var other => throw new WorkflowExecutionException(node.Id, $"Expected cm:due to give a duration or a date but got '{other}'"),
        };
}
