namespace CaseManagement.Core.Administration;

/// <summary>A staff member as the admin's list shows them (the web host adds user name, roles and TOTP from
/// Identity).</summary>
public sealed record StaffMemberView(Guid Id, string DisplayName, DateTimeOffset? DisabledAt, IReadOnlyList<string> CategoryCodes, IReadOnlyList<string> CategoryNames);
