using CaseManagement.Workflows.Dmn;

namespace CaseManagement.Workflows.Tests.Dmn.Tck;

/// <summary>Runs one TCK case: reads the folder's model, evaluates each expected decision with the case's inputs.</summary>
internal static class TckRunner
{
    /// <summary>Null when every result node matches; otherwise why the case fails.</summary>
    public static string? Failure(string caseKey)
    {
        var (folderName, caseId) = (caseKey.Split('/')[0], caseKey.Split('/')[1]);
        var folder = Path.Combine(TckFolder.Path!, folderName);
        var testFile = TckTestFile.Load(Directory.GetFiles(folder, "*-test-*.xml").Order(StringComparer.Ordinal)
            .First(f => TckTestFile.Load(f).Cases.Any(c => c.Id == caseId)));
        var testCase = testFile.Cases.First(c => c.Id == caseId);
        DmnDefinitions model;
        try
        {
            model = DmnReader.Read(File.ReadAllText(Path.Combine(folder, testFile.ModelName)));
        }
        catch (DmnImportException e)
        {
            return e.Message;
        }
        var failures = testCase.Results.Select(r => ResultFailure(model, testCase, r.Decision, r.Expected)).OfType<string>().ToList();
        return failures.Count == 0 ? null : string.Join("; ", failures);
    }

    private static string? ResultFailure(DmnDefinitions model, TckTestCase testCase, string decisionName, object? expected)
    {
        var decision = model.Decisions.FirstOrDefault(d => d.Name == decisionName);
        if (decision is null) return $"decision '{decisionName}' not found";
        try
        {
            var actual = DecisionEvaluator.Evaluate(model, decision.Id, testCase.Inputs);
            return TckValues.Difference(expected, actual) is { } difference ? $"{decisionName}: {difference}" : null;
        }
        catch (DmnEvaluationException e)
        {
            return $"{decisionName}: {e.Message}";
        }
    }
}
