namespace CaseManagement.Core.Administration;

/// <summary>A consultation category (相談分野) such as 児童相談: its names, the workflow its cases run, its staff.</summary>
public sealed class Category
{
    public Guid Id { get; set; }
    public required string Code { get; set; }
    public required string NameJa { get; set; }
    public required string NameEn { get; set; }
    public string DescriptionJa { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public required string WorkflowProcessId { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}
