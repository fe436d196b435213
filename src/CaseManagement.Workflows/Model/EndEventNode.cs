namespace CaseManagement.Workflows.Model;

/// <summary>An end event; a terminate end event ends every token of its scope.</summary>
public sealed record EndEventNode : FlowNode
{
    public bool Terminate { get; init; }
}
