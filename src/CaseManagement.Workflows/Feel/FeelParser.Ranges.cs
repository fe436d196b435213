using CaseManagement.Workflows.Feel.Ast;

namespace CaseManagement.Workflows.Feel;

/// <summary>The parts of the grammar for ranges, lists, contexts and unary tests.</summary>
internal sealed partial class FeelParser
{
    private InNode InTests(FeelNode value)
    {
        if (!Accept("(")) return new InNode(value, [PositiveUnaryTest()], false);
        var first = PositiveUnaryTest();
        if (Accept(".."))
        {
            var high = Additive();
            var highClosed = Accept("]");
            if (!highClosed) Expect(")");
            return new InNode(value, [new RangeNode(first, high, false, highClosed)], false);
        }
        var tests = new List<FeelNode> { first };
        while (Accept(",")) tests.Add(PositiveUnaryTest());
        Expect(")");
        return new InNode(value, tests, false);
    }

    private InNode UnaryTests()
    {
        if (Current.Is("-") && _tokens[_position + 1].Kind == FeelTokenKind.End)
        {
            _position++;
            return new InNode(new NameNode("?"), [new AnyTestNode()], false);
        }
        var negated = Current.Is("not") && _tokens[_position + 1].Is("(");
        if (negated) _position += 2;
        var tests = new List<FeelNode> { PositiveUnaryTest() };
        while (Accept(",")) tests.Add(PositiveUnaryTest());
        if (negated) Expect(")");
        return new InNode(new NameNode("?"), tests, negated);
    }

    private FeelNode PositiveUnaryTest()
    {
        if (Current.Kind == FeelTokenKind.Symbol && Comparisons.Contains(Current.Text))
        {
            return new UnaryTestNode(Next().Text, Additive());
        }
        return Expression();
    }

    private FeelNode ParenthesisOrRange()
    {
        Expect("(");
        var inner = Expression();
        if (Accept("..")) return RangeEnd(inner, lowClosed: false);
        Expect(")");
        return inner;
    }

    private FeelNode ListOrRange()
    {
        var lowClosed = Next().Text == "[";
        if (lowClosed && Accept("]")) return new ListNode([]);
        var first = Expression();
        if (Accept("..")) return RangeEnd(first, lowClosed);
        if (!lowClosed) throw Error("expected '..'");
        var items = new List<FeelNode> { first };
        while (Accept(",")) items.Add(Expression());
        Expect("]");
        return new ListNode(items);
    }

    private RangeNode RangeEnd(FeelNode low, bool lowClosed)
    {
        var high = Expression();
        if (Accept("]")) return new RangeNode(low, high, lowClosed, true);
        if (Accept(")") || Accept("[")) return new RangeNode(low, high, lowClosed, false);
        throw Error("expected ']', ')' or '[' to close the range");
    }

    private ContextNode Context()
    {
        Expect("{");
        var entries = new List<KeyValuePair<string, FeelNode>>();
        if (!Accept("}"))
        {
            do
            {
                if (Current.Kind is not (FeelTokenKind.Name or FeelTokenKind.String)) throw Error("expected a key");
                var key = Next().Text;
                Expect(":");
                entries.Add(new(key, Expression()));
            }
            while (Accept(","));
            Expect("}");
        }
        return new ContextNode(entries);
    }
}
