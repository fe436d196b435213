using CaseManagement.Workflows.Feel.Ast;

namespace CaseManagement.Workflows.Feel;

/// <summary>The parts of the grammar for for, some, every and function literals.</summary>
internal sealed partial class FeelParser
{
    // "for x in" starts an iteration; a variable that happens to be called "for" or "some" still reads as a name.
    private bool StartsIteration(string keyword) =>
        Current.Is(keyword) && Current.Kind == FeelTokenKind.Name && _position + 2 < _tokens.Count
        && _tokens[_position + 1].Kind == FeelTokenKind.Name && _tokens[_position + 2].Is("in");

    private ForNode For()
    {
        var start = Next().Position;
        var contexts = IterationContexts();
        Expect("return");
        var body = Expression();
        return new ForNode(contexts, body, Source(start));
    }

    private QuantifiedNode Quantified()
    {
        var start = Current.Position;
        var every = Next().Text == "every";
        var contexts = IterationContexts();
        Expect("satisfies");
        var condition = Expression();
        return new QuantifiedNode(every, contexts, condition, Source(start));
    }

    private List<IterationContext> IterationContexts()
    {
        var contexts = new List<IterationContext>();
        do
        {
            if (Current.Kind != FeelTokenKind.Name) throw Error("expected a name to iterate with");
            var name = Next().Text;
            Expect("in");
            var domain = Expression();
            contexts.Add(new IterationContext(name, domain, Accept("..") ? Expression() : null));
        }
        while (Accept(","));
        return contexts;
    }

    // "function" and "(" are read; parameters, ")" and the body follow.
    private FunctionNode Function(int start)
    {
        var parameters = new List<string>();
        if (!Accept(")"))
        {
            do
            {
                if (Current.Kind != FeelTokenKind.Name) throw Error("expected a parameter name");
                parameters.Add(Next().Text);
            }
            while (Accept(","));
            Expect(")");
        }
        if (parameters.Distinct(StringComparer.Ordinal).Count() != parameters.Count) throw Error("a parameter is named twice");
        var body = Expression();
        return new FunctionNode(parameters, body, Source(start));
    }

    // The source text from start to the last token read, to name an iteration in error messages.
    private string Source(int start)
    {
        var end = Current.Position;
        var text = _text[start..end].TrimEnd();
        return text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
    }
}
