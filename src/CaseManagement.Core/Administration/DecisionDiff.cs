using System.Xml.Linq;
using CaseManagement.Workflows.Bpmn;

namespace CaseManagement.Core.Administration;

/// <summary>What changed in the decision tables between two DMN documents: rules (matched by id) added, removed or
/// changed cell by cell, inputs and outputs added, removed or changed, and the hit policy. The diagram (DMNDI) is
/// not compared.</summary>
internal static class DecisionDiff
{
    /// <returns>null when either document is not well-formed XML (or has a DTD).</returns>
    public static IReadOnlyList<DecisionChange>? Compare(string beforeXml, string afterXml)
    {
        if (DecisionXml.TryLoad(beforeXml) is not { } before || DecisionXml.TryLoad(afterXml) is not { } after) return null;
        var changes = new List<DecisionChange>();
        var oldTables = Tables(before);
        foreach (var (decisionId, table) in Tables(after))
        {
            CompareTable(decisionId, oldTables.GetValueOrDefault(decisionId), table, changes);
        }
        foreach (var (decisionId, table) in oldTables.Where(t => !Tables(after).ContainsKey(t.Key)))
        {
            changes.Add(new DecisionChange(decisionId, decisionId, "decisionTable", null, null, ElementChangeKind.Removed, Changed(Settings(table), [])));
        }
        return changes;
    }

    private static void CompareTable(string decisionId, XElement? old, XElement table, List<DecisionChange> changes)
    {
        if (old is null)
        {
            changes.Add(new DecisionChange(decisionId, decisionId, "decisionTable", null, null, ElementChangeKind.Added, Changed([], Settings(table))));
            return;
        }
        if (Changed(Settings(old), Settings(table)) is { Count: > 0 } settings)
        {
            changes.Add(new DecisionChange(decisionId, (string?)table.Attribute("id") ?? decisionId, "decisionTable", null, null, ElementChangeKind.Changed, settings));
        }
        foreach (var kind in new[] { "input", "output" })
        {
            CompareItems(decisionId, kind, Columns(old, kind), Columns(table, kind), _ => null, changes);
        }
        var oldRules = Rules(old);
        var newRules = Rules(table);
        var ruleChanges = new List<DecisionChange>();
        CompareItems(decisionId, "rule", oldRules, newRules, id => newRules.Keys.ToList().IndexOf(id) is var i and >= 0 ? i + 1 : oldRules.Keys.ToList().IndexOf(id) + 1, ruleChanges);
        // Cells are keyed by their column's id (a renamed column does not change every rule) and shown by its label.
        var labels = ColumnLabels(old).Concat(ColumnLabels(table)).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        changes.AddRange(ruleChanges.Select(c => c with { Attributes = [.. c.Attributes.Select(a => a with { Name = labels.GetValueOrDefault(a.Name, a.Name) })] }));
    }

    private static void CompareItems(string decisionId, string type, Dictionary<string, Item> before, Dictionary<string, Item> after,
        Func<string, int?> rule, List<DecisionChange> changes)
    {
        foreach (var (id, item) in after)
        {
            if (!before.TryGetValue(id, out var old))
            {
                changes.Add(new DecisionChange(decisionId, id, type, item.Label, rule(id), ElementChangeKind.Added, Changed([], item.Properties)));
            }
            else if (Changed(old.Properties, item.Properties) is { Count: > 0 } attributes)
            {
                changes.Add(new DecisionChange(decisionId, id, type, item.Label, rule(id), ElementChangeKind.Changed, attributes));
            }
        }
        foreach (var (id, item) in before.Where(b => !after.ContainsKey(b.Key)))
        {
            changes.Add(new DecisionChange(decisionId, id, type, item.Label, rule(id), ElementChangeKind.Removed, Changed(item.Properties, [])));
        }
    }

    private sealed record Item(string? Label, Dictionary<string, string> Properties);

    // Keyed by the decision's id: a decision table has no name of its own an admin knows.
    private static Dictionary<string, XElement> Tables(XDocument doc) =>
        DecisionXml.Tables(doc).Where(t => t.Parent?.Attribute("id") is not null)
            .GroupBy(t => (string)t.Parent!.Attribute("id")!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static Dictionary<string, string> Settings(XElement table) => Properties(
        ("hitPolicy", (string?)table.Attribute("hitPolicy") ?? "UNIQUE"), ("aggregation", (string?)table.Attribute("aggregation")));

    private static Dictionary<string, Item> Columns(XElement table, string kind) => ColumnIds(table, kind)
        .ToDictionary(c => c.Id, c => new Item(DecisionXml.ColumnLabel(c.Column), kind == "input"
            ? Properties(("label", (string?)c.Column.Attribute("label")), ("inputExpression", DecisionXml.Text(DecisionXml.Children(c.Column, "inputExpression").FirstOrDefault())),
                ("typeRef", (string?)DecisionXml.Children(c.Column, "inputExpression").FirstOrDefault()?.Attribute("typeRef")),
                ("inputValues", DecisionXml.Text(DecisionXml.Children(c.Column, "inputValues").FirstOrDefault())))
            : Properties(("label", (string?)c.Column.Attribute("label")), ("name", (string?)c.Column.Attribute("name")), ("typeRef", (string?)c.Column.Attribute("typeRef")),
                ("outputValues", DecisionXml.Text(DecisionXml.Children(c.Column, "outputValues").FirstOrDefault())),
                ("defaultOutputEntry", DecisionXml.Text(DecisionXml.Children(c.Column, "defaultOutputEntry").FirstOrDefault())))), StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, string>> ColumnLabels(XElement table) =>
        ColumnIds(table, "input").Concat(ColumnIds(table, "output")).Select(c => KeyValuePair.Create(c.Id, DecisionXml.ColumnLabel(c.Column)));

    private static IEnumerable<(string Id, XElement Column)> ColumnIds(XElement table, string kind) =>
        DecisionXml.Children(table, kind).Select((c, i) => ((string?)c.Attribute("id") ?? $"{kind}#{i + 1}", c));

    // A rule's cells by column id (position decides which column a cell belongs to), and its description.
    private static Dictionary<string, Item> Rules(XElement table)
    {
        var inputs = ColumnIds(table, "input").Select(c => c.Id).ToList();
        var outputs = ColumnIds(table, "output").Select(c => c.Id).ToList();
        return DecisionXml.Children(table, "rule")
            .Select((r, i) => (Id: (string?)r.Attribute("id") ?? $"rule#{i + 1}", Rule: r))
            .ToDictionary(r => r.Id, r =>
            {
                var description = DecisionXml.Children(r.Rule, "description").FirstOrDefault()?.Value.Trim();
                var cells = DecisionXml.Children(r.Rule, "inputEntry").Select((e, i) => (Name: i < inputs.Count ? inputs[i] : $"input#{i + 1}", Value: DecisionXml.Text(e)))
                    .Concat(DecisionXml.Children(r.Rule, "outputEntry").Select((e, i) => (Name: i < outputs.Count ? outputs[i] : $"output#{i + 1}", Value: DecisionXml.Text(e))));
                return new Item(description, Properties([("description", description), .. cells]));
            }, StringComparer.Ordinal);
    }

    private static Dictionary<string, string> Properties(params IEnumerable<(string Name, string? Value)> properties)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in properties)
        {
            if (value is not null) result.TryAdd(name, value);
        }
        return result;
    }

    private static List<AttributeChange> Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(k => new AttributeChange(k, before.GetValueOrDefault(k), after.GetValueOrDefault(k)))
            .Where(c => c.Before != c.After)];
}
