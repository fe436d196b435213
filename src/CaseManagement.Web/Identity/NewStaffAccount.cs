namespace CaseManagement.Web.Identity;

/// <summary>What an admin types to create a staff member.</summary>
public sealed class NewStaffAccount
{
    public string UserName { get; set; } = "";
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Password { get; set; } = "";
    public List<string> Roles { get; set; } = [];
    public List<string> Categories { get; set; } = [];
}
