using CaseManagement.Core.Common.Resources;

namespace CaseManagement.Core.Cases;

/// <summary>What a closure checklist (終了チェックリスト) may require: case fields, by stable key. Labels live in the
/// resources as ClosureItem_&lt;key&gt;.</summary>
public static class ClosureItems
{
    public const string ConsultationType = "consultationType";
    public const string Outcome = "outcome";
    public const string FollowUpNeeded = "followUpNeeded";
    public const string ResidentGender = "residentGender";
    public const string AgeBand = "ageBand";
    public const string Area = "area";

    /// <summary>Every item, in the order checklists show them.</summary>
    public static readonly IReadOnlyList<string> All = [ConsultationType, Outcome, FollowUpNeeded, ResidentGender, AgeBand, Area];

    /// <summary>対応結果: 助言・情報提供, 他機関へ紹介, 解決, 連絡がとれない, その他.</summary>
    public static readonly IReadOnlyList<string> Outcomes = ["advice", "referral", "resolved", "unreachable", "other"];

    /// <summary>The item's name in the current UI language (相談種別, 対応結果, …).</summary>
    public static string Label(string item) => Messages.Get("ClosureItem_" + item);

    /// <summary>Whether the case has the item recorded.</summary>
    public static bool IsRecorded(Case c, string item) => item switch
    {
        ConsultationType => c.ConsultationType is not null,
        Outcome => c.Outcome is not null,
        FollowUpNeeded => c.FollowUpNeeded is not null,
        ResidentGender => c.ResidentGender is not null,
        AgeBand => c.AgeBand is not null,
        Area => c.Area is not null,
        _ => false,
    };
}
