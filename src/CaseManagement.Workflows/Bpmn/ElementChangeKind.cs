namespace CaseManagement.Workflows.Bpmn;

/// <summary>How an element differs between two versions.</summary>
public enum ElementChangeKind
{
    Added,
    Removed,
    Changed,
}
