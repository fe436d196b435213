namespace CaseManagement.Core.Administration;

/// <summary>A notice as pages show it, in both languages.</summary>
public sealed record NoticeView(
    Guid Id, NoticeKind Kind, string TitleJa, string TitleEn, string BodyJa, string BodyEn, DateTimeOffset StartsAt, DateTimeOffset EndsAt)
{
    internal static readonly System.Linq.Expressions.Expression<Func<Notice, NoticeView>> From =
        n => new NoticeView(n.Id, n.Kind, n.TitleJa, n.TitleEn, n.BodyJa, n.BodyEn, n.StartsAt, n.EndsAt);
}
