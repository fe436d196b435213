namespace CaseManagement.Core.Cases;

/// <summary>内部メモ: a staff member's note on a case, for staff only; never shown to the resident.</summary>
public sealed class CaseNote
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid AuthorStaffId { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset WrittenAt { get; set; }
}
