namespace CaseManagement.Core.Administration;

/// <summary>What an admin writes for a notice; a period the page could not read arrives as null.</summary>
public sealed record NoticeInput
{
    public NoticeKind Kind { get; init; }
    public string TitleJa { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public string BodyJa { get; init; } = "";
    public string BodyEn { get; init; } = "";
    public DateTimeOffset? StartsAt { get; init; }
    public DateTimeOffset? EndsAt { get; init; }
}
