namespace CaseManagement.Features.Binding;

public sealed class ScenarioRunnerTests
{
    private static readonly StepRegistry Registry = new([typeof(RecordingSteps)]);

    [Fact]
    public async Task An_unbound_step_fails_the_scenario_before_any_step_runs()
    {
        var scenario = Parse("前提 記録する「a」", "もし 知らないことをする");
        var log = new List<string>();

        var e = await Assert.ThrowsAsync<StepBindingException>(() => ScenarioRunner.RunAsync(scenario, Registry, log));

        Assert.Contains("「知らないことをする」 at m.feature:5", e.Message, StringComparison.Ordinal);
        Assert.Empty(log);
    }

    [Fact]
    public async Task Steps_run_in_order_sharing_the_context_and_a_failing_step_names_its_file_and_line()
    {
        var scenario = Parse("前提 記録する「a」", "もし 記録する「b」", "ならば 失敗する", "かつ 記録する「c」");
        var log = new List<string>();

        var e = await Assert.ThrowsAsync<StepFailedException>(() => ScenarioRunner.RunAsync(scenario, Registry, log));

        Assert.Equal(["a", "b"], log);
        Assert.Contains("ならば 失敗する at m.feature:6", e.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(e.InnerException);
    }

    [Fact]
    public void A_scenario_outline_runs_once_per_example_row_with_the_values_filled_in()
    {
        var scenarios = FeatureParser.Parse("""
            # language: ja
            機能: 表
              シナリオアウトライン: <名前>を記録する
                前提 記録する「<名前>」
                例:
                  | 名前 |
                  | 甲   |
                  | 乙   |
            """, "m.feature");

        Assert.Equal(["甲を記録する (row 7)", "乙を記録する (row 8)"], scenarios.Select(s => s.Name));
        Assert.Equal(["記録する「甲」", "記録する「乙」"], scenarios.Select(s => s.Steps.Single().Text));
    }

    private static ScenarioSpec Parse(params string[] steps) => Assert.Single(FeatureParser.Parse(
        "# language: ja\n機能: 試し\n  シナリオ: 記録\n" + string.Concat(steps.Select(s => "    " + s + "\n")), "m.feature"));

    private sealed class RecordingSteps(List<string> log)
    {
        [Step("^記録する「(.+)」$")]
        public async Task Record(string value)
        {
            await Task.Yield();
            log.Add(value);
        }

        [Step("^失敗する$")]
        public void Fail() => throw new InvalidOperationException("わざと失敗");
    }
}
