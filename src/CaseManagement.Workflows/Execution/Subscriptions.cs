using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution;

/// <summary>Opens and closes what tokens wait for, keeping the host's timers and tasks in step with the state.</summary>
internal sealed class Subscriptions(StepContext step)
{
    /// <summary>Waits for a timer or message on behalf of <paramref name="token"/>, reacting at <paramref name="node"/>.</summary>
    public void Subscribe(FlowNode node, EventTrigger trigger, Token token)
    {
        switch (trigger)
        {
            case TimerTrigger timer:
                var (dueAt, remaining) = TimerSchedule.First(step, node, timer);
                ScheduleTimer(node, token.Id, dueAt, remaining);
                break;
            case MessageTrigger message:
                step.Subscriptions.Add(new Subscription(step.NewId(), SubscriptionKind.Message, node.Id, token.Id, MessageName: message.MessageName));
                step.Record(HistoryKinds.MessageSubscribed, node, [new("message", message.MessageName)]);
                break;
            default:
                throw new WorkflowExecutionException(node.Id, $"Expected a timer or message trigger but got {trigger.GetType().Name}");
        }
    }

    public void ScheduleTimer(FlowNode node, Guid tokenId, DateTimeOffset dueAt, int? remaining)
    {
        var timerId = step.NewId();
        step.Subscriptions.Add(new Subscription(timerId, SubscriptionKind.Timer, node.Id, tokenId, DueAt: dueAt, RemainingRepetitions: remaining));
        step.Commands.Add(new ScheduleTimer(timerId, node.Id, dueAt));
        step.Record(HistoryKinds.TimerScheduled, node, [new("timerId", timerId.ToString()), new("dueAt", dueAt)]);
    }

    public Guid OpenTask(UserTaskNode node, Token token)
    {
        var taskId = step.NewId();
        step.Subscriptions.Add(new Subscription(taskId, SubscriptionKind.UserTask, node.Id, token.Id));
        return taskId;
    }

    /// <summary>Waits for a child instance; its id, derived like every other id, is the child's instance id.</summary>
    public Guid OpenCallActivity(CallActivityNode node, Token token)
    {
        var childInstanceId = step.NewId();
        step.Subscriptions.Add(new Subscription(childInstanceId, SubscriptionKind.CallActivity, node.Id, token.Id));
        return childInstanceId;
    }

    /// <summary>Closes everything <paramref name="token"/> still waits for, telling the host to drop tasks and timers.</summary>
    public void CancelAll(Token token)
    {
        foreach (var subscription in step.Subscriptions.Where(s => s.TokenId == token.Id).ToList()) Cancel(subscription);
    }

    public void Cancel(Subscription subscription)
    {
        step.Subscriptions.Remove(subscription);
        var node = step.Node(subscription.ElementId);
        switch (subscription.Kind)
        {
            case SubscriptionKind.UserTask:
                step.Commands.Add(new CancelUserTask(subscription.Id, subscription.ElementId));
                step.Record(HistoryKinds.TaskCancelled, node, [new("taskId", subscription.Id.ToString())]);
                break;
            case SubscriptionKind.Timer:
                step.Commands.Add(new CancelTimer(subscription.Id, subscription.ElementId));
                step.Record(HistoryKinds.TimerCancelled, node, [new("timerId", subscription.Id.ToString())]);
                break;
            case SubscriptionKind.Message:
                break;
            case SubscriptionKind.CallActivity:
                step.Commands.Add(new CancelCallActivity(subscription.Id, subscription.ElementId));
                step.Record(HistoryKinds.CallActivityCancelled, node, [new("childInstanceId", subscription.Id.ToString())]);
                break;
            default:
                throw new WorkflowExecutionException(subscription.ElementId, $"Expected a known subscription kind but got {subscription.Kind}");
        }
    }
}
