using CaseManagement.Core.Administration;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Security;
using CaseManagement.Testing;
using CaseManagement.Testing.Core;
using CaseManagement.Workflows.Bpmn;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseManagement.Core.Tests.Administration;

/// <summary>The decision table editor's server side: the check before publishing in Japanese by rule and column,
/// immutable versions and their diff, and business rule tasks evaluating the latest published version.</summary>
public sealed class DecisionPublishingTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    private const string Ref = "related-procedures";
    private static readonly TestActor Admin = TestActor.Staff("システム 管理者", Roles.Admin);

    private static string Shipped => File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, Ref + ".dmn"));

    private static string Edit(string xml, string from, string to)
    {
        Assert.Contains(from, xml, StringComparison.Ordinal);
        return xml.Replace(from, to, StringComparison.Ordinal);
    }

    private async Task<int> PublishedV1Async() =>
        (await host.SendAsync(new SystemActor(), new PublishShippedDecision(Ref, Shipped))).Version;

    private async Task<PublishedDecision> PublishAsync(string xml)
    {
        var draft = await host.SendAsync(Admin, new GetDecisionDraft(Ref));
        var saved = await host.SendAsync(Admin, new SaveDecisionDraft(Ref, xml, draft.Revision));
        return await host.SendAsync(Admin, new PublishDecisionDraft(Ref, saved.Revision));
    }

    [Fact]
    public async Task Each_kind_of_error_is_said_in_japanese_naming_the_rule_and_the_column()
    {
        await PublishedV1Async();
        async Task<DecisionIssueView> OnlyIssueAsync(string xml) => Assert.Single(await host.SendAsync(Admin, new CheckDecision(xml, Ref)));

        var input = await OnlyIssueAsync(Edit(Shipped, "<inputEntry id=\"rule_moving_in_care_age\"><text>&gt;= 65</text>", "<inputEntry id=\"rule_moving_in_care_age\"><text>&gt;= </text>"));
        var output = await OnlyIssueAsync(Edit(Shipped, "<outputEntry id=\"rule_birth_allowance_procedure\"><text>\"児童手当\"</text>", "<outputEntry id=\"rule_birth_allowance_procedure\"><text>\"児童手当</text>"));
        var expression = await OnlyIssueAsync(Edit(Shipped, "<text>hasChildren = true</text>", "<text>hasChildren = </text>"));
        var empty = await OnlyIssueAsync(Edit(Shipped, "<text>age</text>", "<text></text>"));
        var shape = await OnlyIssueAsync(Edit(Shipped, "<inputEntry id=\"rule_death_kokuho_age\"><text>-</text></inputEntry>", ""));
        var gone = await OnlyIssueAsync(Edit(Shipped, "related_procedures\"", "related_procedures_2\""));
        var malformed = await OnlyIssueAsync(Edit(Shipped, "</decisionTable>", "</decisionTabl>"));
        var dtd = await OnlyIssueAsync(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "CaseManagement.Workflows.Tests", "Fixtures", "Dmn", "xxe-external-entity.dmn")));

        Assert.Equal(("rule_moving_in_care_age", "input-entry", 4, "年齢"), (input.ElementId, input.Code, input.Rule, input.Column));
        Assert.StartsWith("規則 4 の「年齢」列の条件「>=」が FEEL として正しくありません（", input.Message, StringComparison.Ordinal);
        Assert.Equal(("rule_birth_allowance_procedure", "output-entry", 10, "関連手続"), (output.ElementId, output.Code, output.Rule, output.Column));
        Assert.StartsWith("規則 10 の「関連手続」列の結果「\"児童手当」が FEEL として正しくありません（", output.Message, StringComparison.Ordinal);
        Assert.Equal(("column_has_children", "input-expression", "子どもあり"), (expression.ElementId, expression.Code, expression.Column));
        Assert.StartsWith("入力列「子どもあり」の入力式「hasChildren =」が FEEL として正しくありません（", expression.Message, StringComparison.Ordinal);
        Assert.Equal(("column_age", "入力列「年齢」の入力式が空です。列の見出しで入力式を入れてください。"), (empty.ElementId, empty.Message));
        Assert.Equal(("rule_death_kokuho", "規則 11 のセルの数が列の数と合いません。"), (shape.ElementId, shape.Message));
        Assert.Equal("decision-missing", gone.Code);
        Assert.StartsWith("判定「related_procedures」がなくなっています。", gone.Message, StringComparison.Ordinal);
        Assert.Equal("xml-malformed", malformed.Code);
        Assert.StartsWith("DMN の XML が壊れています（", malformed.Message, StringComparison.Ordinal);
        Assert.Equal(("xml-dtd", "DTD（<!DOCTYPE>）を含む DMN は受け付けません。外部参照やエンティティは安全のため拒否します。何も変更していません。"), (dtd.Code, dtd.Message));
    }

    [Fact]
    public async Task A_malformed_file_or_one_with_a_DTD_is_refused_as_a_draft_and_the_draft_stays_as_it_was()
    {
        await PublishedV1Async();
        var draft = await host.SendAsync(Admin, new GetDecisionDraft(Ref));
        var xxe = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "CaseManagement.Workflows.Tests", "Fixtures", "Dmn", "xxe-external-entity.dmn"));

        var dtd = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => host.SendAsync(Admin, new SaveDecisionDraft(Ref, xxe, draft.Revision)));
        var malformed = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => host.SendAsync(Admin, new SaveDecisionDraft(Ref, "<definitions>", draft.Revision)));

        Assert.StartsWith("DTD（<!DOCTYPE>）を含む DMN は受け付けません。", Assert.Single(dtd.Errors).ErrorMessage, StringComparison.Ordinal);
        Assert.StartsWith("DMN の XML が壊れています（1 行目付近）。", Assert.Single(malformed.Errors).ErrorMessage, StringComparison.Ordinal);
        var after = await host.SendAsync(Admin, new GetDecisionDraft(Ref));
        Assert.Equal((draft.Revision, draft.DmnXml), (after.Revision, after.DmnXml));
    }

    [Fact]
    public async Task Publishing_a_table_with_a_broken_cell_is_refused_and_no_version_is_added()
    {
        await PublishedV1Async();
        var before = await host.SendAsync(Admin, new ListDecisionVersions(Ref));
        var draft = await host.SendAsync(Admin, new GetDecisionDraft(Ref));
        var saved = await host.SendAsync(Admin, new SaveDecisionDraft(Ref, Edit(Shipped, "<text>&gt;= 65</text>", "<text>&gt;= 6 5 ]</text>"), draft.Revision));

        var refused = await Assert.ThrowsAsync<DecisionCheckFailedException>(() => host.SendAsync(Admin, new PublishDecisionDraft(Ref, saved.Revision)));

        Assert.Equal(["rule_death_care_age", "rule_moving_in_care_age", "rule_moving_out_care_age"], refused.Issues.Select(i => i.ElementId).Order());
        Assert.Equal("チェックで 3 件の問題が見つかったため公開できません。表の印と一覧を確認してください。", refused.Message);
        Assert.Equal(before, await host.SendAsync(Admin, new ListDecisionVersions(Ref)));
        Assert.Equal(saved.Revision, (await host.SendAsync(Admin, new GetDecisionDraft(Ref))).Revision);
        await host.SendAsync(Admin, new SaveDecisionDraft(Ref, Shipped, saved.Revision)); // leave a clean draft for the other tests
    }

    [Fact]
    public async Task A_published_version_cannot_be_changed_by_the_editor_nor_by_the_database()
    {
        await PublishedV1Async();

        var refused = await Assert.ThrowsAsync<ConflictException>(() => host.SendAsync(Admin, new ChangePublishedDecision(Ref, 1)));
        var update = await Assert.ThrowsAsync<PostgresException>(async () =>
        {
            await using var cmd = host.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("UPDATE dmn_definitions SET dmn_xml = '<x/>' WHERE decision_ref = 'related-procedures' AND version = 1");
            await cmd.ExecuteNonQueryAsync();
        });

        Assert.Equal("公開済みの版 v1 は変更できません。下書きを編集し、新しい版として公開してください。", refused.Message);
        Assert.Contains("is published and cannot be changed", update.MessageText, StringComparison.Ordinal);
        Assert.Equal(Shipped, await host.QueryAsync(db => db.DecisionVersions.Where(d => d.DecisionRef == Ref && d.Version == 1).Select(d => d.DmnXml).SingleAsync()));
    }

    [Fact]
    public async Task The_diff_of_two_versions_names_rules_added_removed_and_changed_and_changed_columns()
    {
        await PublishedV1Async();
        var edited = Edit(Shipped, "<inputEntry id=\"rule_moving_in_care_age\"><text>&gt;= 65</text>", "<inputEntry id=\"rule_moving_in_care_age\"><text>&gt;= 60</text>");
        edited = Edit(edited, "<input id=\"column_age\" label=\"年齢\">", "<input id=\"column_age\" label=\"本人の年齢\">");
        edited = Edit(edited, """
              <rule id="rule_death_care">
            """.Trim(), """
              <rule id="rule_death_allowance">
                <inputEntry id="rule_death_allowance_event"><text>"死亡"</text></inputEntry>
                <inputEntry id="rule_death_allowance_children"><text>true</text></inputEntry>
                <inputEntry id="rule_death_allowance_age"><text>-</text></inputEntry>
                <outputEntry id="rule_death_allowance_procedure"><text>"児童手当"</text></outputEntry>
              </rule>
              <rule id="rule_death_care">
            """.Trim());
        var start = edited.IndexOf("<rule id=\"rule_moving_within_school\">", StringComparison.Ordinal);
        edited = edited.Remove(start, edited.IndexOf("</rule>", start, StringComparison.Ordinal) + "</rule>".Length - start);
        // the latest version holds the shipped table: each test leaves it so
        var latest = (await host.SendAsync(Admin, new ListDecisionVersions(Ref))).First().Version;
        var published = await PublishAsync(edited);

        var diff = await host.SendAsync(Admin, new CompareDecisionVersions(Ref, latest, published.Version));

        Assert.Equal(
            [
                ("column_age", "input", ElementChangeKind.Changed),
                ("rule_death_allowance", "rule", ElementChangeKind.Added),
                ("rule_moving_in_care", "rule", ElementChangeKind.Changed),
                ("rule_moving_within_school", "rule", ElementChangeKind.Removed),
            ],
            diff.Changes.Select(c => (c.ElementId, c.ElementType, c.Kind)).Order());
        var care = diff.Changes.Single(c => c.ElementId == "rule_moving_in_care");
        Assert.Equal((4, "転入: 65歳以上は介護保険の資格取得"), (care.Rule, care.Label));
        Assert.Equal([new AttributeChange("本人の年齢", ">= 65", ">= 60")], care.Attributes);
        Assert.Contains(new AttributeChange("label", "年齢", "本人の年齢"), diff.Changes.Single(c => c.ElementId == "column_age").Attributes);
        Assert.Equal((11, 8), (diff.Changes.Single(c => c.ElementId == "rule_death_allowance").Rule, diff.Changes.Single(c => c.ElementId == "rule_moving_within_school").Rule));
        Assert.Empty((await host.SendAsync(Admin, new CompareDecisionVersions(Ref, published.Version, published.Version))).Changes);
        await PublishAsync(Shipped); // back to the shipped table for the other tests
    }

    [Fact]
    public async Task A_new_counter_visit_fans_out_by_the_latest_published_table()
    {
        await PublishedV1Async();
        var before = await CounterVisits.StartAsync(host.Services, "転入", hasChildren: false, age: 62);

        var published = await PublishAsync(Edit(Shipped, "<inputEntry id=\"rule_moving_in_care_age\"><text>&gt;= 65</text>", "<inputEntry id=\"rule_moving_in_care_age\"><text>&gt;= 60</text>"));
        var after = await CounterVisits.StartAsync(host.Services, "転入", hasChildren: false, age: 62);
        var restored = await PublishAsync(Shipped);
        var again = await CounterVisits.StartAsync(host.Services, "転入", hasChildren: false, age: 62);

        Assert.True(published.IsNewVersion);
        Assert.Equal(["kokuho"], before);
        Assert.Equal(["kokuho", "long_term_care"], after);
        Assert.Equal((true, published.Version + 1), (restored.IsNewVersion, restored.Version));
        Assert.Equal(["kokuho"], again);
    }
}
