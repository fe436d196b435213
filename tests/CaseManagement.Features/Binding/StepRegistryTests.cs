namespace CaseManagement.Features.Binding;

public sealed class StepRegistryTests
{
    private const string Feature = """
        # language: ja
        機能: 試し
          背景:
            前提 住民がいる
          シナリオ: 知らないステップ
            もし 住民が空を飛ぶ
            ならば 住民は「7」歳である
        """;

    private static readonly StepRegistry Registry = new([typeof(Steps), typeof(OtherSteps)]);

    [Fact]
    public void An_unbound_step_is_reported_with_its_text_file_and_line()
    {
        var scenario = Assert.Single(FeatureParser.Parse(Feature, "memory/試し.feature"));

        var e = Assert.Throws<StepBindingException>(() => Registry.Bind(scenario));

        Assert.Contains("未定義のステップ / unbound step 「住民が空を飛ぶ」 at memory/試し.feature:6", e.Message, StringComparison.Ordinal);
        Assert.Contains("シナリオ「知らないステップ」", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("住民がいる」", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_matching_two_bindings_is_reported_as_ambiguous_naming_both()
    {
        var scenario = Assert.Single(FeatureParser.Parse(Feature, "memory/試し.feature"));

        var e = Assert.Throws<StepBindingException>(() => Registry.Bind(scenario));

        Assert.Contains("あいまいなステップ / ambiguous step 「住民は「7」歳である」 at memory/試し.feature:7", e.Message, StringComparison.Ordinal);
        Assert.Contains("Steps.Age", e.Message, StringComparison.Ordinal);
        Assert.Contains("OtherSteps.Seven", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keywords_are_ignored_and_captured_groups_become_string_arguments()
    {
        var scenario = Assert.Single(FeatureParser.Parse(Feature.Replace("住民が空を飛ぶ", "住民がいる", StringComparison.Ordinal), "m.feature"));
        var registry = new StepRegistry([typeof(Steps)]);

        var bound = registry.Bind(scenario);

        Assert.Equal(["前提", "もし", "ならば"], bound.Select(b => b.Step.Keyword));
        Assert.Equal(["Present", "Present", "Age"], bound.Select(b => b.Binding.Method.Name));
        Assert.Equal(["7"], bound[2].Arguments);
    }

    private sealed class Steps
    {
        [Step("^住民がいる$")]
        public void Present()
        {
        }

        [Step("^住民は「(.+)」歳である$")]
        public void Age(string age) => Assert.NotNull(age);
    }

    private sealed class OtherSteps
    {
        [Step("^住民は「7」歳である$")]
        public void Seven()
        {
        }
    }
}
