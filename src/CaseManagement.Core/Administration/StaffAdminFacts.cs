namespace CaseManagement.Core.Administration;

/// <summary>What the sign-in accounts say about admins, which the lock-out guards need: whether the member is an
/// active admin now, and how many other active admins there are. The web host reads it from Identity.</summary>
public sealed record StaffAdminFacts(bool IsActiveAdmin, int OtherActiveAdmins);
