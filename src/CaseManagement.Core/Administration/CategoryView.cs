namespace CaseManagement.Core.Administration;

/// <summary>A category as pages show it, in both languages.</summary>
public sealed record CategoryView(
    Guid Id, string Code, string NameJa, string NameEn, string DescriptionJa, string DescriptionEn, string WorkflowProcessId)
{
    internal static readonly System.Linq.Expressions.Expression<Func<Category, CategoryView>> From =
        c => new CategoryView(c.Id, c.Code, c.NameJa, c.NameEn, c.DescriptionJa, c.DescriptionEn, c.WorkflowProcessId);
}
