using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements;

/// <summary>What a behaviour sees: the step, the runner that moves tokens, the token and its node.</summary>
/// <param name="TriggeredElementId">The event that has already happened: the catch or boundary event itself when it is
/// entered after its trigger, or the event an event-based gateway is leaving for.</param>
internal sealed record ElementContext(StepContext Step, TokenRunner Runner, Token Token, FlowNode Node, string? TriggeredElementId);
