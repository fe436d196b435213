namespace CaseManagement.Core.Cases;

/// <summary>How staff write tags: one field, separated by spaces, commas or 読点; each tag short, a few per case.</summary>
public static class CaseTags
{
    public const int MaxLength = 20;
    public const int MaxCount = 10;

    private static readonly char[] Separators = [' ', '\u3000', ',', '、', '，', '\t', '\n', '\r'];

    public static IReadOnlyList<string> Parse(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.TrimStart('#', '＃'))
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
