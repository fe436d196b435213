using CaseManagement.Workflows.Feel;

namespace CaseManagement.Workflows.Model;

/// <summary>Sets variables with FEEL assignments (see <see cref="FeelScript"/>).</summary>
public sealed record ScriptTaskNode : FlowNode
{
    public required FeelScript Script { get; init; }
}
