namespace CaseManagement.Core.Cases;

/// <summary>An internal note as the desk shows it.</summary>
public sealed record CaseNoteView(Guid Id, string Body, Guid AuthorStaffId, string AuthorName, DateTimeOffset WrittenAt);
