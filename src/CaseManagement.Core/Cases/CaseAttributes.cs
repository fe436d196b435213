namespace CaseManagement.Core.Cases;

/// <summary>The fixed choices of the statistics attributes of a case, as stored codes; labels live in the resources.</summary>
public static class CaseAttributes
{
    public const int AreaMaxLength = 50;

    /// <summary>相談種別: 養育, 発達, 虐待の心配, 妊娠・出産, その他.</summary>
    public static readonly IReadOnlyList<string> ConsultationTypes = ["parenting", "development", "abuse", "pregnancy", "other"];

    /// <summary>性別: 女性, 男性, その他・不明.</summary>
    public static readonly IReadOnlyList<string> Genders = ["female", "male", "other"];

    /// <summary>年代: 10代以下 … 70代以上, 不明.</summary>
    public static readonly IReadOnlyList<string> AgeBands = ["under20", "20s", "30s", "40s", "50s", "60s", "70plus", "unknown"];
}
