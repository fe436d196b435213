using Gherkin;
using Gherkin.Ast;

namespace CaseManagement.Features.Binding;

/// <summary>Turns Gherkin text into runnable scenarios: background steps first, scenario outlines expanded
/// once per example row (display name "name (row N)").</summary>
public static class FeatureParser
{
    public static IReadOnlyList<ScenarioSpec> Parse(string text, string file)
    {
        GherkinDocument document;
        try
        {
            document = new Parser().Parse(new StringReader(text));
        }
        catch (ParserException e)
        {
            throw new StepBindingException($"{file}: Gherkin として読めません / not valid Gherkin: {e.Message}", e);
        }

        var feature = document.Feature;
        if (feature is null)
        {
            return [];
        }

        var background = feature.Children.OfType<Background>().SelectMany(b => b.Steps).Select(s => ToSpec(s, file)).ToList();
        var scenarios = new List<ScenarioSpec>();
        foreach (var child in feature.Children)
        {
            switch (child)
            {
                case Scenario s:
                    scenarios.Add(new ScenarioSpec(file, feature.Name, s.Name, s.Location.Line, [.. background, .. s.Steps.Select(x => ToSpec(x, file))]));
                    break;
                case ScenarioOutline o:
                    scenarios.AddRange(Expand(o, feature.Name, file, background));
                    break;
            }
        }

        return scenarios;
    }

    private static IEnumerable<ScenarioSpec> Expand(ScenarioOutline outline, string feature, string file, List<StepSpec> background)
    {
        foreach (var examples in outline.Examples)
        {
            var header = examples.TableHeader.Cells.Select(c => c.Value).ToList();
            foreach (var row in examples.TableBody)
            {
                var values = row.Cells.Select(c => c.Value).ToList();
                string Fill(string s) => header.Select((h, i) => (h, i)).Aggregate(s, (acc, x) => acc.Replace($"<{x.h}>", values[x.i], StringComparison.Ordinal));
                var steps = outline.Steps.Select(x => ToSpec(x, file) with { Text = Fill(x.Text.Trim()) });
                yield return new ScenarioSpec(file, feature, $"{Fill(outline.Name)} (row {row.Location.Line})", row.Location.Line, [.. background, .. steps]);
            }
        }
    }

    private static StepSpec ToSpec(Step step, string file) =>
        new(step.Keyword.Trim(), step.Text.Trim(), file, step.Location.Line, (step.Argument as DocString)?.Content);
}
