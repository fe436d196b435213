using CaseManagement.Workflows.Feel;

namespace CaseManagement.Workflows.Model;

/// <summary>Runs another process as a child instance (calledElement) and waits for it to end.</summary>
public sealed record CallActivityNode : FlowNode
{
    /// <summary>The id of the process to start (bpmn:callActivity calledElement).</summary>
    public required string CalledProcessId { get; init; }

    /// <summary>cm:version: the published version to start; null for the latest one when the activity is reached.</summary>
    public int? Version { get; init; }

    /// <summary>cm:in: the child's variables computed from the parent's; null to give the child a copy of them all.</summary>
    public FeelScript? Inputs { get; init; }

    /// <summary>cm:out: the parent's variables computed from the child's at its end; null to take nothing back.</summary>
    public FeelScript? Outputs { get; init; }
}
