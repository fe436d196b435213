namespace CaseManagement.Workflows.Execution;

/// <summary>The values of <see cref="HistoryEvent.Kind"/>, so the host and the audit view can match on them.</summary>
public static class HistoryKinds
{
    public const string InstanceStarted = nameof(InstanceStarted);
    public const string ElementActivated = nameof(ElementActivated);
    public const string ElementCompleted = nameof(ElementCompleted);
    public const string ElementTerminated = nameof(ElementTerminated);
    public const string FlowTaken = nameof(FlowTaken);
    public const string TokenJoined = nameof(TokenJoined);
    public const string TaskCreated = nameof(TaskCreated);
    public const string TaskCompleted = nameof(TaskCompleted);
    public const string TaskCancelled = nameof(TaskCancelled);
    public const string VariableSet = nameof(VariableSet);
    public const string TimerScheduled = nameof(TimerScheduled);
    public const string TimerFired = nameof(TimerFired);
    public const string TimerCancelled = nameof(TimerCancelled);
    public const string MessageSubscribed = nameof(MessageSubscribed);
    public const string MessageCorrelated = nameof(MessageCorrelated);
    public const string ServiceInvoked = nameof(ServiceInvoked);
    public const string CallActivityStarted = nameof(CallActivityStarted);
    public const string CallActivityCompleted = nameof(CallActivityCompleted);
    public const string CallActivityCancelled = nameof(CallActivityCancelled);
    public const string InstanceCompleted = nameof(InstanceCompleted);
    public const string InstanceTerminated = nameof(InstanceTerminated);
    public const string InstanceCancelled = nameof(InstanceCancelled);
}
