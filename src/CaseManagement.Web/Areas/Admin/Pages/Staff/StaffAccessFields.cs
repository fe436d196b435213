using CaseManagement.Core.Administration;

namespace CaseManagement.Web.Areas.Admin.Pages.Staff;

/// <summary>The role and category check boxes shared by the create and edit forms.</summary>
public sealed record StaffAccessFields(string Prefix, IReadOnlyList<string> Roles, IReadOnlyList<string> Categories, IReadOnlyList<CategoryView> AllCategories);
