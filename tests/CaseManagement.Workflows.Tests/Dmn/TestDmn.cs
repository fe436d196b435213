using System.Security;
using CaseManagement.Workflows.Dmn;

namespace CaseManagement.Workflows.Tests.Dmn;

/// <summary>Builds small DMN 1.3 documents inline, as dmn-js writes them.</summary>
internal static class TestDmn
{
    public const string Dmn13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    public static string Document(string body, string ns = Dmn13) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="{ns}" id="defs" name="test" namespace="urn:test">
          {body}
        </definitions>
        """;

    /// <summary>A decision "d" with one table. Inputs are expressions; an output is its name, optionally followed by its
    /// output values in priority order ("route: \"urgent\",\"normal\""); each rule is "input entries | output entries",
    /// cells separated by ';'.</summary>
    public static string Table(string hitPolicy, string[] inputs, string[] outputs, params string[] rules)
    {
        var inputXml = string.Concat(inputs.Select((e, i) => $"""<input id="in{i}"><inputExpression><text>{Escape(e)}</text></inputExpression></input>"""));
        var outputXml = string.Concat(outputs.Select((o, i) => o.Split(':', 2) is [var name, var values]
            ? $"""<output id="out{i}" name="{name.Trim()}"><outputValues><text>{Escape(values)}</text></outputValues></output>"""
            : $"""<output id="out{i}" name="{o}"/>"""));
        var ruleXml = string.Concat(rules.Select((rule, r) =>
        {
            var (tests, results) = (rule.Split('|')[0], rule.Split('|')[1]);
            return $"""<rule id="r{r + 1}">{Cells("inputEntry", tests)}{Cells("outputEntry", results)}</rule>""";
        }));
        return $"""<decision id="d" name="d"><decisionTable id="t" {hitPolicy}>{inputXml}{outputXml}{ruleXml}</decisionTable></decision>""";
    }

    public static DmnDefinitions Read(string body) => DmnReader.Read(Document(body));

    public static object? Evaluate(string body, params (string Name, object? Value)[] variables) =>
        DecisionEvaluator.Evaluate(Read(body), "d", variables.ToDictionary(v => v.Name, v => v.Value));

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Dmn", name));

    // Cells are separated by ';' so that a cell may hold a comma ("\"a\",\"b\"").
    private static string Cells(string element, string cells) =>
        string.Concat(cells.Split(';').Select(c => $"<{element}><text>{Escape(c.Trim())}</text></{element}>"));

    private static string Escape(string text) => SecurityElement.Escape(text);
}
