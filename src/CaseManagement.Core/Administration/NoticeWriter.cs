namespace CaseManagement.Core.Administration;

/// <summary>Copies a validated notice input onto the entity.</summary>
internal static class NoticeWriter
{
    public static void Apply(Notice notice, NoticeInput input, DateTimeOffset now)
    {
        notice.Kind = input.Kind;
        notice.TitleJa = input.TitleJa.Trim();
        notice.TitleEn = input.TitleEn.Trim();
        notice.BodyJa = input.BodyJa.Trim();
        notice.BodyEn = input.BodyEn.Trim();
        notice.StartsAt = input.StartsAt!.Value.ToUniversalTime();
        notice.EndsAt = input.EndsAt!.Value.ToUniversalTime();
        notice.UpdatedAt = now;
    }
}
