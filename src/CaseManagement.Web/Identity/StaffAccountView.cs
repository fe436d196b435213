namespace CaseManagement.Web.Identity;

/// <summary>One row of the admin's staff list: Core's member joined with their sign-in account.</summary>
public sealed record StaffAccountView(
    Guid Id, string UserName, string Email, string DisplayName, IReadOnlyList<string> Roles,
    IReadOnlyList<string> CategoryCodes, IReadOnlyList<string> CategoryNames, bool Disabled, bool TotpEnrolled);
