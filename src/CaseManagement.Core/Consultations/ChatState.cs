namespace CaseManagement.Core.Consultations;

/// <summary>What a chat page polls for when it has no live connection: ids and times only, never text.</summary>
public sealed record ChatState(Guid? LastMessageId, ReadMarkView? ResidentRead, ReadMarkView? StaffRead);
