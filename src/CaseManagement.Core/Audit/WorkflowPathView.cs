using CaseManagement.Core.Common.Messaging;

namespace CaseManagement.Core.Audit;

/// <summary>The path an instance took, for the diagram viewer: every history step in order, the elements and flows
/// taken so far on the definition version the instance is pinned to, each element's stays (enter, leave, actors),
/// where its tokens stand now and the timers it still waits for. Personal data: the actors are staff names, so each
/// read is audited on the case the instance runs (<see cref="CaseId"/>; an instance of no case: on the instance).</summary>
[PersonalData]
public sealed record WorkflowPathView(
    Guid InstanceId, string ProcessId, Guid DefinitionId, int Version, string Status,
    IReadOnlyList<WorkflowPathStep> Steps, IReadOnlyList<string> TakenElements, IReadOnlyList<string> TakenFlows,
    IReadOnlyList<ElementVisit> Visits, IReadOnlyList<string> CurrentElements, IReadOnlyList<PendingTimerView> PendingTimers,
    Guid? CaseId = null) : IAuditTarget
{
    string IAuditTarget.AuditTarget => CaseId is { } caseId ? "case:" + caseId : "instance:" + InstanceId;
}
