namespace CaseManagement.Core.Administration;

/// <summary>Copies a validated notice input onto the entity.</summary>
internal static class NoticeWriter
{
    public static void Apply(Notice notice, NoticeInput input, DateTimeOffset now)
    {
        notice.Kind = input.Kind;
        notice.TitleJa = CategorySettingsWriter.Clean(input.TitleJa);
        notice.TitleEn = CategorySettingsWriter.Clean(input.TitleEn);
        notice.BodyJa = CategorySettingsWriter.Clean(input.BodyJa);
        notice.BodyEn = CategorySettingsWriter.Clean(input.BodyEn);
        notice.StartsAt = input.StartsAt!.Value.ToUniversalTime();
        notice.EndsAt = input.EndsAt!.Value.ToUniversalTime();
        notice.UpdatedAt = now;
    }
}
