using System.Text.RegularExpressions;
using System.Xml.Linq;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Workflows.Dmn;

namespace CaseManagement.Core.Administration;

/// <summary>The check before publishing a DMN document: the engine's own <see cref="DmnReader"/> (safe XML, structure,
/// the FEEL of every input expression, input entry and output entry), each finding said in the admin's language and,
/// when it lies in a table, with the rule's row number and the column's label.</summary>
internal static partial class DecisionIssues
{
    public const string Malformed = "xml-malformed";
    public const string Dtd = "xml-dtd";
    public const string InputEntry = "input-entry";
    public const string OutputEntry = "output-entry";
    public const string InputExpression = "input-expression";
    public const string RuleShape = "rule-shape";
    public const string DecisionMissing = "decision-missing";
    public const string Invalid = "invalid";

    public static IReadOnlyList<DecisionIssueView> Check(string xml, IReadOnlyCollection<string>? requiredDecisionIds = null)
    {
        DmnDefinitions definitions;
        try
        {
            definitions = DmnReader.Read(xml);
        }
        catch (DmnImportException e)
        {
            var doc = e.Errors.Any(x => x.ElementType == "xml") ? null : DecisionXml.TryLoad(xml);
            return [.. e.Errors.Select(error => View(error, doc))];
        }

        // A business rule task names its decision by id: a published document must keep every decision it had.
        return [.. (requiredDecisionIds ?? []).Where(id => definitions.FindDecision(id) is null).Order(StringComparer.Ordinal)
            .Select(id => new DecisionIssueView(null, "decision", 0, DecisionMissing, Messages.Format("DecisionCheck_DecisionMissing", id)))];
    }

    /// <summary>Why a document cannot even be read as XML (malformed, or a DTD: entities and external references are
    /// never processed), or null when it can.</summary>
    public static DecisionIssueView? Unreadable(string xml)
    {
        if (DecisionXml.TryLoad(xml, out var line) is not null) return null;
        return xml.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)
            ? new DecisionIssueView(null, "xml", line, Dtd, Messages.Get("DecisionCheck_Dtd"))
            : new DecisionIssueView(null, "xml", line, Malformed, Messages.Format("DecisionCheck_Malformed", line));
    }

    private static DecisionIssueView View(DmnImportError error, XDocument? doc)
    {
        if (error.ElementType == "xml")
        {
            return error.Message.Contains("DTD", StringComparison.Ordinal)
                ? new DecisionIssueView(null, "xml", error.Line, Dtd, Messages.Get("DecisionCheck_Dtd"))
                : new DecisionIssueView(null, "xml", error.Line, Malformed, Messages.Format("DecisionCheck_Malformed", error.Line));
        }

        var element = doc is null ? null : Find(doc, error);
        var detail = Detail(error.Message);
        switch (error.ElementType)
        {
            case "inputEntry" or "outputEntry" when element?.Parent is { } rule && Cell(rule, element) is { } cell:
                var input = error.ElementType == "inputEntry";
                var text = element.Value.Trim();
                var message = Messages.Format(input ? "DecisionCheck_InputEntry" : "DecisionCheck_OutputEntry", cell.Rule, cell.Column, text, detail);
                return new DecisionIssueView(IdOf(element), error.ElementType, error.Line, input ? InputEntry : OutputEntry, message, cell.Rule, cell.Column);
            case "inputExpression" or "input" when element is not null:
                var owner = element.Name.LocalName == "input" ? element : element.Parent!;
                var label = DecisionXml.ColumnLabel(owner);
                var expression = DecisionXml.Text(element.Name.LocalName == "input" ? null : element);
                return new DecisionIssueView(IdOf(owner), "input", error.Line, InputExpression, string.IsNullOrEmpty(expression)
                    ? Messages.Format("DecisionCheck_EmptyExpression", label)
                    : Messages.Format("DecisionCheck_InputExpression", label, expression, detail), null, label);
            case "rule" when element?.Parent is { } table:
                var row = DecisionXml.Children(table, "rule").ToList().IndexOf(element) + 1;
                return new DecisionIssueView(IdOf(element), "rule", error.Line, RuleShape, Messages.Format("DecisionCheck_RuleShape", row), row);
            default:
                return new DecisionIssueView(error.ElementId, error.ElementType, error.Line, Invalid, Messages.Format("DecisionCheck_Invalid", error.ToString()));
        }
    }

    // The rule's row number and the cell's column label: entries are matched to columns by position.
    private static (int Rule, string Column)? Cell(XElement rule, XElement entry)
    {
        if (rule.Parent is not { } table) return null;
        var number = DecisionXml.Children(table, "rule").ToList().IndexOf(rule) + 1;
        var kind = entry.Name.LocalName;
        var position = DecisionXml.Children(rule, kind).ToList().IndexOf(entry);
        var columns = DecisionXml.Children(table, kind == "inputEntry" ? "input" : "output").ToList();
        return (number, position < columns.Count ? DecisionXml.ColumnLabel(columns[position]) : (position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // By id when the element has one, else by type and line (the reader names both).
    private static XElement? Find(XDocument doc, DmnImportError error) =>
        doc.Descendants().FirstOrDefault(e => error.ElementId is not null && IdOf(e) == error.ElementId && e.Name.LocalName == error.ElementType)
        ?? doc.Descendants().FirstOrDefault(e => e.Name.LocalName == error.ElementType && DecisionXml.Line(e) == error.Line);

    private static string? IdOf(XElement e) => (string?)e.Attribute("id");

    // The FEEL parser's own words (English), kept as a hint after the Japanese sentence.
    private static string Detail(string message) => FeelDetail().Match(message) is { Success: true } m ? m.Groups[1].Value : message;

    [GeneratedRegex(@"not valid FEEL: (.*) \(text: ", RegexOptions.Singleline)]
    private static partial Regex FeelDetail();
}
