using CaseManagement.Core.Consultations;

namespace CaseManagement.Web.Chat;

/// <summary>What _ChatPanel shows: the live status lines, the attachment form, and where the script connects.</summary>
public sealed record ChatPanelModel(
    ChatSide Viewer, ChatUrls Urls, Guid? CaseId, Guid? TaskId, bool CanWrite, bool HistoryViewed, bool CounterpartOpen,
    int PollMilliseconds, long MaxBytes, string MaxSizeText);
