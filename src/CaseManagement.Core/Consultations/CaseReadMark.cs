namespace CaseManagement.Core.Consultations;

/// <summary>How far one side of a consultation has read (既読): up to and including this message.</summary>
public sealed class CaseReadMark
{
    public Guid CaseId { get; set; }
    public ChatSide Reader { get; set; }
    public Guid LastReadMessageId { get; set; }
    public DateTimeOffset ReadAt { get; set; }
}
