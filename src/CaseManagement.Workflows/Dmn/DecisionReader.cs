using System.Xml.Linq;
using CaseManagement.Workflows.Bpmn;
using CaseManagement.Workflows.Feel;

namespace CaseManagement.Workflows.Dmn;

/// <summary>Reads one decision element: its name, requirements and logic (a decision table or a literal expression).</summary>
internal sealed class DecisionReader(XNamespace ns, List<DmnImportError> errors, IReadOnlyCollection<string> names)
{
    // DMN's other boxed expressions: refused by name so the modeller knows what to change.
    private static readonly HashSet<string> UnsupportedLogic =
        ["invocation", "relation", "functionDefinition", "conditional", "filter", "for", "every", "some"];

    private static readonly HashSet<string> SupportedLogic = ["decisionTable", "literalExpression", "context", "list"];

    public XNamespace Ns => ns;
    public List<DmnImportError> Errors => errors;

    public DmnDecision? Read(XElement e)
    {
        var (id, name) = ((string?)e.Attribute("id"), (string?)e.Attribute("name"));
        if (id is null || name is null)
        {
            errors.Add(DmnNames.Error(e, "a decision needs an id and a name"));
            return null;
        }
        var logic = ReadLogic(e);
        if (logic is null) return null;
        return new DmnDecision
        {
            Id = id,
            Name = name,
            TypeRef = (string?)e.Element(ns + "variable")?.Attribute("typeRef"),
            Line = BpmnNames.LineOf(e),
            Logic = logic,
            RequiredDecisionIds = [.. e.Elements(ns + "informationRequirement").Select(r => DmnNames.Target(r.Element(ns + "requiredDecision"))).OfType<string>()],
            RequiredKnowledgeIds = RequiredKnowledge(e),
        };
    }

    /// <summary>A business knowledge model whose encapsulated logic is a literal expression over its parameters.</summary>
    public DmnBusinessKnowledgeModel? ReadKnowledgeModel(XElement e)
    {
        var (id, name) = ((string?)e.Attribute("id"), (string?)e.Attribute("name"));
        var logic = e.Element(ns + "encapsulatedLogic");
        var literal = logic?.Element(ns + "literalExpression");
        if (id is null || name is null || literal is null)
        {
            errors.Add(DmnNames.Error(e, "a business knowledge model needs an id, a name and encapsulated logic that is a literal expression"));
            return null;
        }
        string[] parameters = [.. logic!.Elements(ns + "formalParameter").Select(p => (string?)p.Attribute("name") ?? "")];
        var body = Text(literal);
        var scope = new DecisionReader(ns, errors, [.. names, .. parameters]);
        if (!scope.CheckExpression(literal, body, "body")) return null;
        return new DmnBusinessKnowledgeModel
        {
            Id = id, Name = name, Line = BpmnNames.LineOf(e), Parameters = parameters, Body = body!, RequiredKnowledgeIds = RequiredKnowledge(e),
        };
    }

    private string[] RequiredKnowledge(XElement e) =>
        [.. e.Elements(ns + "knowledgeRequirement").Select(r => DmnNames.Target(r.Element(ns + "requiredKnowledge"))).OfType<string>()];

    private DecisionLogic? ReadLogic(XElement decision)
    {
        var expression = decision.Elements().FirstOrDefault(c => SupportedLogic.Contains(c.Name.LocalName) || UnsupportedLogic.Contains(c.Name.LocalName));
        if (expression is null)
        {
            errors.Add(DmnNames.Error(decision, "a decision needs a decision table, a literal expression, a context or a list"));
            return null;
        }
        return ReadExpression(expression);
    }

    /// <summary>One boxed expression: a decision table, a literal expression, or a context or list of them.</summary>
    private DecisionLogic? ReadExpression(XElement e)
    {
        switch (e.Name.LocalName)
        {
            case "decisionTable":
                return new DecisionTableReader(this).Read(e);
            case "literalExpression":
                var text = Text(e);
                return CheckExpression(e, text, "literal expression") ? new LiteralExpression(text!) : null;
            case "context":
                return ReadContext(e);
            case "list":
                var items = e.Elements().Select(ReadExpression).ToList();
                return items.All(i => i is not null) ? new ListExpression([.. items.OfType<DecisionLogic>()]) : null;
            default:
                // Named on the nearest element with an id (boxed expressions usually have none), the decision at worst.
                var owner = e.AncestorsAndSelf().FirstOrDefault(a => a.Attribute("id") is not null) ?? e;
                errors.Add(DmnNames.Error(owner, $"'{e.Name.LocalName}' decision logic is not supported: use a decision table, a literal expression, a context or a list"));
                return null;
        }
    }

    // Each entry's name is in scope for the entries after it, so later FEEL may use names with spaces.
    private ContextExpression? ReadContext(XElement context)
    {
        var entries = new List<ContextEntry>();
        var scope = this;
        var valid = true;
        var contextEntries = context.Elements(ns + "contextEntry").ToList();
        foreach (var (entry, index) in contextEntries.Select((entry, index) => (entry, index)))
        {
            var name = (string?)entry.Element(ns + "variable")?.Attribute("name");
            var value = entry.Elements().FirstOrDefault(c => c.Name.LocalName != "variable");
            if (name is null && index < contextEntries.Count - 1)
            {
                errors.Add(DmnNames.Error(entry, "only the last context entry may have no variable: it gives the context's result"));
                valid = false;
                continue;
            }
            if (value is null)
            {
                errors.Add(DmnNames.Error(entry, $"the context entry '{name ?? "(result)"}' has no expression"));
                valid = false;
                continue;
            }
            var logic = scope.ReadExpression(value);
            if (logic is null)
            {
                valid = false;
                continue;
            }
            entries.Add(new ContextEntry(name, logic, BpmnNames.LineOf(entry)));
            if (name is not null) scope = new DecisionReader(ns, errors, [.. scope.Names, name]);
        }
        return valid ? new ContextExpression(entries) : null;
    }

    public IReadOnlyCollection<string> Names => names;

    public string? Text(XElement? parent) => parent?.Element(ns + "text")?.Value;

    /// <summary>Whether the FEEL expression parses; if not, records an error naming the element.</summary>
    public bool CheckExpression(XElement element, string? text, string what) =>
        Check(element, text, what, t => FeelEvaluator.Validate(t, names));

    /// <summary>Whether the unary tests parse ("-" and an empty cell match anything).</summary>
    public bool CheckUnaryTests(XElement element, string? text) =>
        string.IsNullOrWhiteSpace(text) || Check(element, text, "input entry", t => FeelEvaluator.ValidateUnaryTests(t, names));

    private bool Check(XElement element, string? text, string what, Action<string> validate)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(DmnNames.Error(element, $"the {what} is empty"));
            return false;
        }
        try
        {
            validate(text);
            return true;
        }
        catch (FeelException e)
        {
            errors.Add(DmnNames.Error(element, $"the {what} is not valid FEEL: {e.Message} (text: {text.Trim()})"));
            return false;
        }
    }
}
