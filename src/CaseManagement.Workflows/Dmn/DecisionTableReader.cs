using System.Xml.Linq;
using CaseManagement.Workflows.Bpmn;

namespace CaseManagement.Workflows.Dmn;

/// <summary>Reads a decisionTable element: columns, rules and hit policy, checking every FEEL cell parses.</summary>
internal sealed class DecisionTableReader(DecisionReader reader)
{
    private static readonly Dictionary<string, HitPolicy> HitPolicies = new()
    {
        ["UNIQUE"] = HitPolicy.Unique, ["FIRST"] = HitPolicy.First, ["PRIORITY"] = HitPolicy.Priority, ["ANY"] = HitPolicy.Any,
        ["COLLECT"] = HitPolicy.Collect, ["RULE ORDER"] = HitPolicy.RuleOrder, ["OUTPUT ORDER"] = HitPolicy.OutputOrder,
    };

    private static readonly Dictionary<string, CollectAggregation> Aggregations = new()
    {
        ["SUM"] = CollectAggregation.Sum, ["COUNT"] = CollectAggregation.Count, ["MIN"] = CollectAggregation.Min, ["MAX"] = CollectAggregation.Max,
    };

    private XNamespace Ns => reader.Ns;

    public DecisionTable? Read(XElement table)
    {
        var errorCount = reader.Errors.Count;
        var hitPolicy = Lookup(table, "hitPolicy", HitPolicies, HitPolicy.Unique);
        var aggregation = Lookup(table, "aggregation", Aggregations, CollectAggregation.None);
        var inputs = table.Elements(Ns + "input").Select(ReadInput).ToList();
        var outputs = table.Elements(Ns + "output").Select(ReadOutput).ToList();
        if (outputs.Count == 0) reader.Errors.Add(DmnNames.Error(table, "a decision table needs at least one output"));
        if (outputs.Count > 1 && outputs.Any(o => string.IsNullOrWhiteSpace(o.Name)))
        {
            reader.Errors.Add(DmnNames.Error(table, "every output of a multi-output table needs a name: it is the key in the result"));
        }
        if (aggregation != CollectAggregation.None && (hitPolicy != HitPolicy.Collect || outputs.Count > 1))
        {
            reader.Errors.Add(DmnNames.Error(table, "an aggregation is only allowed on a COLLECT table with one output"));
        }
        var rules = table.Elements(Ns + "rule").Select(r => ReadRule(r, inputs.Count, outputs.Count)).ToList();
        if (reader.Errors.Count > errorCount) return null;
        return new DecisionTable { HitPolicy = hitPolicy, Aggregation = aggregation, Inputs = inputs, Outputs = outputs, Rules = rules };
    }

    private T Lookup<T>(XElement table, string attribute, Dictionary<string, T> values, T fallback)
    {
        var text = ((string?)table.Attribute(attribute))?.Trim();
        if (text is null) return fallback;
        if (values.TryGetValue(text, out var value)) return value;
        reader.Errors.Add(DmnNames.Error(table, $"{attribute} must be one of {string.Join(", ", values.Keys)}, not '{text}'"));
        return fallback;
    }

    private DecisionTableInput ReadInput(XElement input)
    {
        var expression = input.Element(Ns + "inputExpression");
        var text = reader.Text(expression);
        reader.CheckExpression(expression ?? input, text, "input expression");
        return new DecisionTableInput((string?)input.Attribute("id"), (string?)input.Attribute("label"), text ?? "");
    }

    private DecisionTableOutput ReadOutput(XElement output)
    {
        var values = reader.Text(output.Element(Ns + "outputValues"));
        if (values is not null) reader.CheckExpression(output, $"[{values}]", "output values");
        var fallback = reader.Text(output.Element(Ns + "defaultOutputEntry"));
        if (fallback is not null) reader.CheckExpression(output, fallback, "default output entry");
        return new DecisionTableOutput((string?)output.Attribute("id"), (string?)output.Attribute("name"), (string?)output.Attribute("typeRef"), values, fallback);
    }

    private DecisionRule ReadRule(XElement rule, int inputCount, int outputCount)
    {
        var inputs = rule.Elements(Ns + "inputEntry").Select(e => (Element: e, Text: reader.Text(e) ?? "")).ToList();
        var outputs = rule.Elements(Ns + "outputEntry").Select(e => (Element: e, Text: reader.Text(e) ?? "")).ToList();
        if (inputs.Count != inputCount || outputs.Count != outputCount)
        {
            reader.Errors.Add(DmnNames.Error(rule, $"expected {inputCount} input and {outputCount} output entries but got {inputs.Count} and {outputs.Count}"));
        }
        foreach (var (element, text) in inputs) reader.CheckUnaryTests(element, text);
        // An empty output cell is null, as dmn-js leaves it.
        foreach (var (element, text) in outputs.Where(o => !string.IsNullOrWhiteSpace(o.Text))) reader.CheckExpression(element, text, "output entry");
        return new DecisionRule((string?)rule.Attribute("id"), BpmnNames.LineOf(rule), [.. inputs.Select(i => i.Text)], [.. outputs.Select(o => o.Text)]);
    }
}
