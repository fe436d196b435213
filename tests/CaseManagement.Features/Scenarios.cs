using CaseManagement.Features.Binding;
using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Web;

namespace CaseManagement.Features;

/// <summary>Every scenario of features/**/*.feature as one test case, named after the scenario, run against the
/// real app (one app and database for all scenarios of the process) in Chromium.</summary>
public sealed class Scenarios(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    private static readonly StepRegistry Registry = StepRegistry.ForAssembly(typeof(Scenarios).Assembly);

    public static IEnumerable<TheoryDataRow<string>> All =>
        FeatureCatalog.Scenarios.Select(s => new TheoryDataRow<string>(s.Id) { TestDisplayName = s.Name });

    [Theory]
    [MemberData(nameof(All))]
    public async Task Scenario(string id)
    {
        var scenario = FeatureCatalog.Find(id);
        await using var context = new ScenarioContext(app, chromium, scenario);
        var failed = true;
        try
        {
            await ScenarioRunner.RunAsync(scenario, Registry, context);
            failed = false;
        }
        finally
        {
            // After a failure the screenshot shows where it stopped; a screenshot error must not hide the step's.
            await context.SaveScreenshotsAsync(ignoreErrors: failed);
        }
    }
}
