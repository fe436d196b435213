namespace CaseManagement.Workflows.Tests.Conformance;

/// <summary>The peer models we import and run (every other one is refused at import). Pinned so that a model we
/// newly refuse, or newly accept, fails the run until this list says so: a refusal is never a silent way out.</summary>
internal static class ExecutedModels
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "boundary-non-interupting-timer.bpmn",
        "boundary-timeout.bpmn",
        "call-activity-signal.bpmn",
        "call-activity.bpmn",
        "forms.bpmn",
        "process-message.bpmn",
    };
}
