using System.Text;
using System.Text.RegularExpressions;

namespace CaseManagement.Workflows.Feel;

/// <summary>Translates a FEEL regular expression (XML Schema's, as extended by XPath 3.1 §5.6.1, which FEEL adopts)
/// into a .NET one with the same meaning, and refuses what cannot be translated or is not FEEL at all.</summary>
/// <remarks>The result runs on .NET's non-backtracking engine, whose matching time is linear in the input, so a
/// hostile pattern cannot make a match run away; back-references, which that engine lacks, are refused.</remarks>
internal static class FeelRegexTranslator
{
    private const string SpaceClass = @"\x20\t\n\r";
    private const string NotSpaceClass = @"\x00-\x08\x0B\x0C\x0E-\x1F\x21-\uFFFF";
    private const string WordClass = @"\p{L}\p{M}\p{N}\p{S}";
    private const string NotWordClass = @"\p{P}\p{Z}\p{C}";

    /// <summary>The .NET pattern and options for a FEEL pattern and flags (s, m, i, x, q).</summary>
    /// <exception cref="FeelException">an unknown flag, or a construct FEEL does not have or we cannot run.</exception>
    public static (string Pattern, RegexOptions Options) Translate(string pattern, string flags)
    {
        var options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
        foreach (var flag in flags)
        {
            options |= flag switch
            {
                's' => RegexOptions.Singleline,
                'm' => RegexOptions.Multiline,
                'i' => RegexOptions.IgnoreCase,
                'x' or 'q' => RegexOptions.None,
                _ => throw Refused(pattern, $"'{flag}' is not a flag (use s, m, i, x or q)"),
            };
        }
        if (flags.Contains('q', StringComparison.Ordinal)) return (Regex.Escape(pattern), options);
        return (Body(pattern, flags.Contains('x', StringComparison.Ordinal), options), options);
    }

    public static FeelException Refused(string pattern, string why) => new($"the pattern '{pattern}' cannot be used: {why}");

    private static string Body(string pattern, bool dropWhitespace, RegexOptions options)
    {
        var result = new StringBuilder(pattern.Length + 16);
        var classDepth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            var inClass = classDepth > 0;
            if (dropWhitespace && !inClass && c is ' ' or '\t' or '\n' or '\r') continue;
            switch (c)
            {
                case '\\':
                    if (++i == pattern.Length) throw Refused(pattern, "it ends with a lone backslash");
                    result.Append(Escape(pattern, ref i, inClass));
                    break;
                case '[':
                    classDepth++;
                    result.Append(c);
                    break;
                case ']' when inClass:
                    classDepth--;
                    result.Append(c);
                    break;
                case '(' when !inClass && i + 1 < pattern.Length && pattern[i + 1] == '?':
                    if (i + 2 >= pattern.Length || pattern[i + 2] != ':') throw Refused(pattern, "'(?' groups other than '(?:' (lookaround, named groups, inline options) are not part of FEEL's regular expressions");
                    result.Append("(?:");
                    i += 2;
                    break;
                // Without the s flag '.' matches neither line feed nor carriage return (.NET's '.' matches '\r').
                case '.' when !inClass:
                    result.Append(options.HasFlag(RegexOptions.Singleline) ? "." : @"[^\n\r]");
                    break;
                // Without the m flag '$' is the end of the string only (.NET's '$' also matches before a final '\n').
                case '$' when !inClass:
                    result.Append(options.HasFlag(RegexOptions.Multiline) ? "$" : @"\z");
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }
        return result.ToString();
    }

    // i is on the character after the backslash; it ends on the last character of the escape.
    private static string Escape(string pattern, ref int i, bool inClass)
    {
        var c = pattern[i];
        switch (c)
        {
            case 'n' or 'r' or 't' or '\\' or '|' or '.' or '?' or '*' or '+' or '(' or ')' or '{' or '}' or '-' or '[' or ']' or '^' or '$':
            case 'd' or 'D':
                return "\\" + c;
            case 's': return inClass ? SpaceClass : $"[{SpaceClass}]";
            case 'S': return inClass ? NotSpaceClass : $"[{NotSpaceClass}]";
            case 'w': return inClass ? WordClass : $"[{WordClass}]";
            case 'W': return inClass ? NotWordClass : $"[{NotWordClass}]";
            case 'p' or 'P':
                var close = pattern.IndexOf('}', i);
                if (i + 1 >= pattern.Length || pattern[i + 1] != '{' || close < 0) throw Refused(pattern, $"'\\{c}' needs a category in braces, as in \\p{{Lu}}");
                var escape = "\\" + pattern[i..(close + 1)];
                i = close;
                return escape;
            case 'i' or 'I' or 'c' or 'C':
                throw Refused(pattern, $"'\\{c}' (XML name characters) is not supported");
            case >= '1' and <= '9':
                throw Refused(pattern, $"back-references such as '\\{c}' are not supported");
            default:
                throw Refused(pattern, $"'\\{c}' is not an escape of FEEL's regular expressions");
        }
    }

    /// <summary>The .NET replacement for an XPath one: $N is group N (nothing when there is no such group), \$ and \\
    /// are a dollar and a backslash; any other backslash or dollar is an error.</summary>
    public static string Replacement(string replacement, int groups, string pattern)
    {
        var result = new StringBuilder(replacement.Length + 8);
        for (var i = 0; i < replacement.Length; i++)
        {
            var c = replacement[i];
            if (c == '\\')
            {
                if (i + 1 >= replacement.Length || replacement[i + 1] is not ('\\' or '$')) throw Refused(pattern, $"the replacement '{replacement}' has a backslash not followed by \\ or $");
                result.Append(replacement[++i] == '$' ? "$$" : "\\");
            }
            else if (c == '$')
            {
                if (i + 1 >= replacement.Length || !char.IsAsciiDigit(replacement[i + 1])) throw Refused(pattern, $"the replacement '{replacement}' has a $ not followed by a group number");
                // The longest run of digits that still names a group: "$10" is group 10 if there is one, else group 1 and "0".
                var number = replacement[++i] - '0';
                while (i + 1 < replacement.Length && char.IsAsciiDigit(replacement[i + 1]) && (number * 10) + (replacement[i + 1] - '0') <= groups)
                {
                    number = (number * 10) + (replacement[++i] - '0');
                }
                if (number <= groups) result.Append("${").Append(number).Append('}');
            }
            else
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }
}
