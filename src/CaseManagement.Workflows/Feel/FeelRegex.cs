using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CaseManagement.Workflows.Feel.Ast;

namespace CaseManagement.Workflows.Feel;

/// <summary>matches(), replace() and split() (DMN 1.3 §10.3.4.3), on patterns translated by
/// <see cref="FeelRegexTranslator"/>. Each match is bounded by the evaluation's regex timeout.</summary>
internal static class FeelRegex
{
    private const int CacheSize = 256;
    private static readonly ConcurrentDictionary<(string Pattern, string Flags, TimeSpan Timeout), Regex> Cache = new();

    public static IEnumerable<KeyValuePair<string, Func<FeelCall, object?>>> All { get; } = new Dictionary<string, Func<FeelCall, object?>>
    {
        ["matches"] = c => c.Expect(2, 3).Arguments is [string input, string pattern, ..] && Flags(c, 2) is { } flags
            ? Bounded(pattern, c, () => Compile(pattern, flags, c).IsMatch(input))
            : null,
        ["replace"] = c => c.Expect(3, 4).Arguments is [string input, string pattern, string replacement, ..] && Flags(c, 3) is { } flags
            ? Replace(input, pattern, replacement, flags, c)
            : null,
        ["split"] = c => c.Expect(2, 3).Arguments is [string input, string pattern, ..] && Flags(c, 2) is { } flags
            ? Split(input, pattern, flags, c)
            : null,
    };

    /// <summary>At parse time: a pattern (and flags, and replacement) written as literals must translate, so a bad
    /// one is refused when the model is imported rather than when a case reaches it.</summary>
    public static void CheckLiteralPattern(string function, IReadOnlyList<FeelNode> arguments)
    {
        var flagsAt = function switch { "matches" or "split" => 2, "replace" => 3, _ => -1 };
        if (flagsAt < 0 || arguments.Count < 2 || arguments[1] is not LiteralNode { Value: string pattern }) return;
        string? flags = arguments.Count <= flagsAt ? "" : (arguments[flagsAt] as LiteralNode)?.Value as string;
        if (flags is null) return;
        var regex = Compile(pattern, flags, FeelEnvironment.Default.RegexTimeout);
        if (function == "replace" && arguments.Count > 2 && arguments[2] is LiteralNode { Value: string replacement })
        {
            FeelRegexTranslator.Replacement(replacement, GroupCount(regex), pattern);
        }
    }

    private static string? Flags(FeelCall call, int index) =>
        call.Count <= index || call[index] is null ? "" : call[index] as string;

    private static string Replace(string input, string pattern, string replacement, string flags, FeelCall call)
    {
        var regex = Compile(pattern, flags, call);
        RefuseEmptyMatch(regex, pattern, call.Name);
        var dotnet = FeelRegexTranslator.Replacement(replacement, GroupCount(regex), pattern);
        return Bounded(pattern, call, () => regex.Replace(input, dotnet));
    }

    // Regex.Split would also return the captured groups; FEEL wants only the pieces between delimiters.
    private static List<object?> Split(string input, string pattern, string flags, FeelCall call)
    {
        var regex = Compile(pattern, flags, call);
        RefuseEmptyMatch(regex, pattern, call.Name);
        return Bounded(pattern, call, () =>
        {
            var pieces = new List<object?>();
            var last = 0;
            for (var match = regex.Match(input); match.Success; match = match.NextMatch())
            {
                call.Run.Charge(1);
                pieces.Add(input[last..match.Index]);
                last = match.Index + match.Length;
            }
            pieces.Add(input[last..]);
            return pieces;
        });
    }

    // As XPath: a delimiter or a pattern to replace that matches nothing at all would loop on every position.
    private static void RefuseEmptyMatch(Regex regex, string pattern, string function)
    {
        if (regex.IsMatch("")) throw FeelRegexTranslator.Refused(pattern, $"it matches the empty string, which {function}() does not allow");
    }

    private static int GroupCount(Regex regex) => regex.GetGroupNumbers().Max();

    private static Regex Compile(string pattern, string flags, FeelCall call) => Compile(pattern, flags, call.Run.Environment.RegexTimeout);

    // Expressions are parsed (and their literal patterns checked) at every evaluation, so translations are cached.
    private static Regex Compile(string pattern, string flags, TimeSpan timeout)
    {
        if (Cache.TryGetValue((pattern, flags, timeout), out var cached)) return cached;
        var (translated, options) = FeelRegexTranslator.Translate(pattern, flags);
        var regex = Create(pattern, translated, options, timeout);
        if (Cache.Count >= CacheSize) Cache.Clear();
        Cache[(pattern, flags, timeout)] = regex;
        return regex;
    }

    private static Regex Create(string pattern, string translated, RegexOptions options, TimeSpan timeout)
    {
        try
        {
            return new Regex(translated, options, timeout);
        }
        catch (ArgumentException e)
        {
            throw FeelRegexTranslator.Refused(pattern, $"it is not a valid regular expression ({e.Message})");
        }
        catch (NotSupportedException e)
        {
            throw FeelRegexTranslator.Refused(pattern, $"it cannot run in bounded time ({e.Message})");
        }
    }

    private static T Bounded<T>(string pattern, FeelCall call, Func<T> match)
    {
        try
        {
            return match();
        }
        catch (RegexMatchTimeoutException)
        {
            throw new FeelException($"{call.Name}() with the pattern '{pattern}' took longer than {call.Run.Environment.RegexTimeout.TotalMilliseconds} ms");
        }
    }
}
