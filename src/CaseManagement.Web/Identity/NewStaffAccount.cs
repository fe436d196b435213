namespace CaseManagement.Web.Identity;

/// <summary>What an admin types to create a staff member (an empty field binds as "", not null).</summary>
public sealed class NewStaffAccount
{
    public string UserName { get; set => field = value ?? ""; } = "";
    public string Email { get; set => field = value ?? ""; } = "";
    public string DisplayName { get; set => field = value ?? ""; } = "";
    public string Password { get; set => field = value ?? ""; } = "";
    public List<string> Roles { get; set; } = [];
    public List<string> Categories { get; set; } = [];
}
