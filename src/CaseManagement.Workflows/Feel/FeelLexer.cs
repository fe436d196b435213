using System.Globalization;
using System.Text;

namespace CaseManagement.Workflows.Feel;

/// <summary>Splits a FEEL expression into tokens.</summary>
internal static class FeelLexer
{
    // FEEL names may contain spaces; we only accept the built-in function names that do, so that
    // "a and b" stays three tokens. Longest first, so "date and time" wins over "date".
    private static readonly string[] MultiWordNames =
        [.. FeelBuiltins.Names.Where(n => n.Contains(' ', StringComparison.Ordinal)).OrderByDescending(n => n.Length)];

    private static readonly string[] Symbols = [":=", "..", "<=", ">=", "!=", "**", "=", "<", ">", "+", "-", "*", "/", "(", ")", "[", "]", "{", "}", ",", ".", ":", ";"];

    /// <param name="names">Names in scope; those containing spaces ("Monthly Salary", as DMN input data are often
    /// named) are read as one name token wherever they occur whole.</param>
    public static List<FeelToken> Tokenize(string text, IReadOnlyCollection<string>? names = null)
    {
        var spaced = names?.Where(n => n.Contains(' ', StringComparison.Ordinal)).OrderByDescending(n => n.Length).ToArray() ?? [];
        var tokens = new List<FeelToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n') i++;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                tokens.Add(ReadNumber(text, ref i));
            }
            else if (c == '"')
            {
                tokens.Add(ReadString(text, ref i));
            }
            else if (c == '@' && i + 1 < text.Length && text[i + 1] == '"')
            {
                var start = i++;
                tokens.Add(ReadString(text, ref i) with { Kind = FeelTokenKind.Temporal, Position = start });
            }
            else if (IsNameStart(c))
            {
                tokens.Add(ReadName(text, ref i, spaced));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                    ?? throw new FeelException($"unexpected character '{c}' at {i + 1}");
                tokens.Add(new FeelToken(FeelTokenKind.Symbol, symbol, i));
                i += symbol.Length;
            }
        }
        tokens.Add(new FeelToken(FeelTokenKind.End, "", text.Length));
        return tokens;
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_' || c == '?';

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '?';

    private static FeelToken ReadNumber(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        // "1..5" is a range, not the number "1." followed by ".5".
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
        var literal = text[start..i];
        _ = decimal.Parse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new FeelToken(FeelTokenKind.Number, literal, start);
    }

    private static FeelToken ReadString(string text, ref int i)
    {
        var start = i++;
        var value = new StringBuilder();
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                if (text[i] is 'u' or 'U')
                {
                    // \u and four hex digits (a UTF-16 unit: pairs of them make a surrogate pair), \U and six (a code point).
                    var digits = text[i] == 'u' ? 4 : 6;
                    if (i + digits >= text.Length || !int.TryParse(text.AsSpan(i + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                        || (digits == 6 && !Rune.IsValid(code)))
                    {
                        throw new FeelException($"invalid escape '\\{text[i]}' in the string starting at {start + 1}: expected {digits} hexadecimal digits");
                    }
                    if (digits == 4) value.Append((char)code);
                    else value.Append(char.ConvertFromUtf32(code));
                    i += digits;
                }
                else
                {
                    value.Append(text[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other });
                }
            }
            else
            {
                value.Append(text[i]);
            }
            i++;
        }
        if (i >= text.Length) throw new FeelException($"unterminated string starting at {start + 1}");
        i++;
        return new FeelToken(FeelTokenKind.String, value.ToString(), start);
    }

    private static FeelToken ReadName(string text, ref int i, string[] spaced)
    {
        var start = i;
        foreach (var name in spaced)
        {
            var end = i + name.Length;
            if (string.CompareOrdinal(text, i, name, 0, name.Length) != 0 || (end < text.Length && IsNamePart(text[end]))) continue;
            i = end;
            return new FeelToken(FeelTokenKind.Name, name, start);
        }
        foreach (var name in MultiWordNames)
        {
            if (string.CompareOrdinal(text, i, name, 0, name.Length) != 0) continue;
            var end = i + name.Length;
            if (end < text.Length && IsNamePart(text[end])) continue;
            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next < text.Length && text[next] == '(')
            {
                i = end;
                return new FeelToken(FeelTokenKind.Name, name, start);
            }
        }
        while (i < text.Length && IsNamePart(text[i])) i++;
        return new FeelToken(FeelTokenKind.Name, text[start..i], start);
    }
}
