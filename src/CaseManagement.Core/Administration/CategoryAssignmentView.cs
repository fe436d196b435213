namespace CaseManagement.Core.Administration;

/// <summary>A category's automatic assignment as the admin page shows it: its mode and how many of its counselors
/// are at their desk now.</summary>
public sealed record CategoryAssignmentView(string Code, string NameJa, string NameEn, string Mode, int OnDuty, int Staff);
