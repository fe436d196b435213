using System.Globalization;
using CaseManagement.Workflows.Feel.Ast;

namespace CaseManagement.Workflows.Feel;

/// <summary>Recursive-descent parser for the FEEL subset we support; depth-bounded so hostile input cannot overflow the stack.</summary>
internal sealed partial class FeelParser
{
    private const int MaxDepth = 64;
    private static readonly string[] Comparisons = ["=", "!=", "<", "<=", ">", ">="];
    private readonly string _text;
    private readonly List<FeelToken> _tokens;
    private int _position;
    private int _depth;

    private FeelParser(string text, IReadOnlyCollection<string>? names)
    {
        _text = text;
        _tokens = FeelLexer.Tokenize(text, names);
    }

    public static FeelNode ParseExpression(string text, IReadOnlyCollection<string>? names = null)
    {
        var parser = new FeelParser(text, names);
        var node = parser.Expression();
        parser.ExpectEnd();
        return node;
    }

    /// <summary>Comma-separated unary tests, as in a decision table input entry: "&lt; 10, [20..30]", "-", "not(1, 2)".</summary>
    public static InNode ParseUnaryTests(string text, IReadOnlyCollection<string>? names = null)
    {
        var parser = new FeelParser(text, names);
        var node = parser.UnaryTests();
        parser.ExpectEnd();
        return node;
    }

    private FeelToken Current => _tokens[_position];

    private FeelToken Next() => _tokens[_position++];

    private bool Accept(string symbol)
    {
        if (!Current.Is(symbol) || Current.Kind == FeelTokenKind.String) return false;
        _position++;
        return true;
    }

    private void Expect(string symbol)
    {
        if (!Accept(symbol)) throw Error($"expected '{symbol}'");
    }

    private void ExpectEnd()
    {
        if (Current.Kind != FeelTokenKind.End) throw Error("unexpected input");
    }

    private FeelException Error(string what) =>
        new($"{what} at {Current.Position + 1}{(Current.Kind == FeelTokenKind.End ? " (end of expression)" : $" near '{Current.Text}'")}");

    private FeelNode Expression()
    {
        if (++_depth > MaxDepth) throw new FeelException($"expression nested deeper than {MaxDepth} levels");
        try
        {
            if (StartsIteration("for")) return For();
            if (StartsIteration("some") || StartsIteration("every")) return Quantified();
            if (!Accept("if")) return Disjunction();
            var condition = Expression();
            Expect("then");
            var then = Expression();
            Expect("else");
            return new IfNode(condition, then, Expression());
        }
        finally
        {
            _depth--;
        }
    }

    private FeelNode Disjunction()
    {
        var left = Conjunction();
        while (Accept("or")) left = new BinaryNode("or", left, Conjunction());
        return left;
    }

    private FeelNode Conjunction()
    {
        var left = Comparison();
        while (Accept("and")) left = new BinaryNode("and", left, Comparison());
        return left;
    }

    private FeelNode Comparison()
    {
        var left = Additive();
        if (Current.Kind == FeelTokenKind.Symbol && Comparisons.Contains(Current.Text))
        {
            return new BinaryNode(Next().Text, left, Additive());
        }
        if (Accept("between"))
        {
            var low = Additive();
            Expect("and");
            var high = Additive();
            return new BinaryNode("and", new BinaryNode(">=", left, low), new BinaryNode("<=", left, high));
        }
        if (Accept("in")) return InTests(left);
        if (Current.Is("instance") && _tokens[_position + 1].Is("of"))
        {
            _position += 2;
            return new InstanceOfNode(left, TypeName());
        }
        return left;
    }

    private FeelNode Additive()
    {
        var left = Multiplicative();
        while (Current.Kind == FeelTokenKind.Symbol && Current.Text is "+" or "-")
        {
            left = new BinaryNode(Next().Text, left, Multiplicative());
        }
        return left;
    }

    private FeelNode Multiplicative()
    {
        var left = Power();
        while (Current.Kind == FeelTokenKind.Symbol && Current.Text is "*" or "/")
        {
            left = new BinaryNode(Next().Text, left, Power());
        }
        return left;
    }

    private FeelNode Power()
    {
        var left = Unary();
        while (Accept("**")) left = new BinaryNode("**", left, Unary());
        return left;
    }

    private FeelNode Unary()
    {
        if (!Accept("-")) return Postfix();
        if (++_depth > MaxDepth) throw new FeelException($"expression nested deeper than {MaxDepth} levels");
        try
        {
            return new NegateNode(Unary());
        }
        finally
        {
            _depth--;
        }
    }

    private FeelNode Postfix()
    {
        var node = Primary();
        while (true)
        {
            if (Accept("."))
            {
                if (Current.Kind != FeelTokenKind.Name) throw Error("expected a name after '.'");
                node = new PathNode(node, Next().Text);
            }
            else if (Accept("["))
            {
                var filter = Expression();
                Expect("]");
                node = new FilterNode(node, filter);
            }
            else
            {
                return node;
            }
        }
    }

    private FeelNode Primary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case FeelTokenKind.Number:
                _position++;
                return new LiteralNode(decimal.Parse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            case FeelTokenKind.String:
                _position++;
                return new LiteralNode(token.Text);
            case FeelTokenKind.Temporal:
                _position++;
                return TemporalLiteral(token);
            case FeelTokenKind.Name:
                return NameOrCall();
            case FeelTokenKind.Symbol when token.Text == "(":
                return ParenthesisOrRange();
            case FeelTokenKind.Symbol when token.Text is "[" or "]":
                return ListOrRange();
            case FeelTokenKind.Symbol when token.Text == "{":
                return Context();
            default:
                throw Error("expected a value");
        }
    }

    private FeelNode NameOrCall()
    {
        var token = Next();
        switch (token.Text)
        {
            case "true": return new LiteralNode(true);
            case "false": return new LiteralNode(false);
            case "null": return new LiteralNode(null);
        }
        if (!Accept("(")) return new NameNode(token.Text);
        if (token.Text == "function") return Function(token.Position);
        var arguments = new List<FeelNode>();
        var names = new List<string>();
        if (!Accept(")"))
        {
            do
            {
                // A named argument: a parameter name (possibly of several words: "start position") and a colon.
                if (ArgumentName() is { } name)
                {
                    names.Add(name);
                }
                else if (names.Count > 0)
                {
                    throw Error("expected a named argument (a call names all its arguments or none)");
                }
                arguments.Add(Expression());
                if (names.Count > 0 && names.Count != arguments.Count)
                {
                    throw Error("a call names all its arguments or none");
                }
            }
            while (Accept(","));
            Expect(")");
        }
        if (names.Count == 0) FeelRegex.CheckLiteralPattern(token.Text, arguments);
        return new CallNode(token.Text, arguments, token.Position, names.Count == 0 ? null : names);
    }

    // "start position:" ahead: consumes it and returns the name; otherwise consumes nothing.
    private string? ArgumentName()
    {
        var end = _position;
        while (_tokens[end].Kind == FeelTokenKind.Name) end++;
        if (end == _position || !_tokens[end].Is(":")) return null;
        var name = string.Join(' ', _tokens.Skip(_position).Take(end - _position).Select(t => t.Text));
        _position = end + 1;
        return name;
    }

    private static readonly string[] TypeNames =
    [
        "days and time duration", "years and months duration", "date and time",
        "number", "string", "boolean", "date", "time", "list", "context", "range", "function", "Any", "Null",
    ];

    // The type after "instance of": one of FEEL's type names, some of several words ("date and time").
    private string TypeName()
    {
        foreach (var type in TypeNames)
        {
            var words = type.Split(' ');
            if (_position + words.Length < _tokens.Count
                && words.Select((w, i) => _tokens[_position + i].Kind == FeelTokenKind.Name && _tokens[_position + i].Text == w).All(x => x))
            {
                _position += words.Length;
                if (Current.Is("<")) throw Error($"'{type}<…>' (a type with parameters) is not supported after 'instance of'");
                return type;
            }
        }
        throw Error($"expected a type name after 'instance of' ({string.Join(", ", TypeNames)})");
    }

    // @"…": the kind of value is read from the text's shape; a text of that shape that is not a valid value is refused
    // when the expression is parsed, so a mistyped literal never becomes null at run time.
    private static CallNode TemporalLiteral(FeelToken token)
    {
        var text = token.Text;
        var function = text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal) ? "duration"
            : text.Contains('T', StringComparison.Ordinal) ? "date and time"
            : text.Length >= 3 && text[2] == ':' ? "time"
            : "date";
        object? value = function switch
        {
            "duration" => FeelTemporal.Duration([text]),
            "date and time" => FeelTemporal.DateAndTime([text]),
            "date" => FeelTemporal.Date([text]),
            _ => FeelTime.TryParse(text, out var time) ? time : null,
        };
        if (value is null)
        {
            throw new FeelException($"@\"{text}\" at {token.Position + 1} is not a valid {function}");
        }
        return new CallNode(function, [new LiteralNode(text)], token.Position);
    }
}
