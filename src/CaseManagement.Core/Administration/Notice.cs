namespace CaseManagement.Core.Administration;

/// <summary>お知らせ or a maintenance announcement, shown to residents from <see cref="StartsAt"/> until
/// <see cref="EndsAt"/> (exclusive).</summary>
public sealed class Notice
{
    public Guid Id { get; set; }
    public NoticeKind Kind { get; set; }
    public required string TitleJa { get; set; }
    public string TitleEn { get; set; } = "";
    public string BodyJa { get; set; } = "";
    public string BodyEn { get; set; } = "";
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
