namespace CaseManagement.Core.Consultations;

/// <summary>Who wrote a message.</summary>
public enum MessageAuthor
{
    Resident,
    Staff,

    /// <summary>The category's automatic answer (受付時間外 or a receipt), written by no person.</summary>
    AutoReply,
}
