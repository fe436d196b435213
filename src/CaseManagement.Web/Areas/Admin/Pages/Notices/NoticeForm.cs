using CaseManagement.Core.Administration;

namespace CaseManagement.Web.Areas.Admin.Pages.Notices;

/// <summary>The notice form as posted: the period as datetime-local text in Japan time.</summary>
public sealed class NoticeForm
{
    public NoticeKind Kind { get; set; }
    public string TitleJa { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string BodyJa { get; set; } = "";
    public string BodyEn { get; set; } = "";
    public string StartsAt { get; set; } = "";
    public string EndsAt { get; set; } = "";

    public NoticeInput ToInput() => new()
    {
        Kind = Kind, TitleJa = TitleJa, TitleEn = TitleEn, BodyJa = BodyJa, BodyEn = BodyEn,
        StartsAt = Localized.ParseLocal(StartsAt), EndsAt = Localized.ParseLocal(EndsAt),
    };

    public static NoticeForm From(NoticeView n) => new()
    {
        Kind = n.Kind, TitleJa = n.TitleJa, TitleEn = n.TitleEn, BodyJa = n.BodyJa, BodyEn = n.BodyEn,
        StartsAt = Localized.LocalInput(n.StartsAt), EndsAt = Localized.LocalInput(n.EndsAt),
    };
}
