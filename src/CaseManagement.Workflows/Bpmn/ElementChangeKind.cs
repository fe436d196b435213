namespace CaseManagement.Workflows.Bpmn;

/// <summary>How an element differs between two versions.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ElementChangeKind>))]
public enum ElementChangeKind
{
    Added,
    Removed,
    Changed,
}
