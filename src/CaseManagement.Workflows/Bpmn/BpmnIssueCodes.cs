namespace CaseManagement.Workflows.Bpmn;

/// <summary>What kind of problem a <see cref="BpmnImportError"/> is, so that a host can say it in the admin's language.</summary>
public static class BpmnIssueCodes
{
    /// <summary>An element, event definition or marker the engine does not run (Detail: the element type).</summary>
    public const string Unsupported = "unsupported";

    /// <summary>No path from a start event leads to the element.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>A flow leaving an exclusive or inclusive gateway has no condition and is not the default (Detail: the gateway id).</summary>
    public const string GatewayWithoutCondition = "gateway-without-condition";

    /// <summary>A user task names no queue (cm:queue), so nobody would see it.</summary>
    public const string UserTaskWithoutQueue = "user-task-without-queue";

    /// <summary>A timer has no duration, date, cycle or cm:businessDuration.</summary>
    public const string TimerWithoutDuration = "timer-without-duration";

    /// <summary>A condition, script or cm: expression does not parse as FEEL (Detail: the expression).</summary>
    public const string FeelSyntax = "feel-syntax";

    /// <summary>Anything else the reader refuses; the English message says what.</summary>
    public const string Invalid = "invalid";
}
