namespace CaseManagement.Web.Setup;

/// <summary>db/seed/demo.json: the shipped categories and one demo account per staff role.</summary>
internal sealed record DemoSeed(IReadOnlyList<DemoSeed.SeedCategory> Categories, IReadOnlyList<DemoSeed.SeedStaff> Staff)
{
    public sealed record SeedCategory(
        string Code, string NameJa, string NameEn, string DescriptionJa, string DescriptionEn, string Workflow, int SortOrder);

    public sealed record SeedStaff(
        string UserName, string Email, string DisplayName, string Password, IReadOnlyList<string> Roles, IReadOnlyList<string> Categories);
}
