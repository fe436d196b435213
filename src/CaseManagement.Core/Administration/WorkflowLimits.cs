namespace CaseManagement.Core.Administration;

/// <summary>Sizes the designer's documents are held to.</summary>
public static class WorkflowLimits
{
    /// <summary>Characters of BPMN XML in a draft or a check (the shipped diagrams are about 10 000).</summary>
    public const int MaxXmlLength = 2_000_000;
}
