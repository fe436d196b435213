namespace CaseManagement.Core.Consultations;

/// <summary>What a chat page shows beside the messages: their attachments and how far each side has read.</summary>
public sealed record ChatView(Guid CaseId, IReadOnlyList<AttachmentView> Attachments, ChatState State);
