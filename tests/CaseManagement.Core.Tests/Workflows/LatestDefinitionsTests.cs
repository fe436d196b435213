using CaseManagement.Workflows.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseManagement.Core.Tests.Workflows;

/// <summary>A node remembers the latest version of each process while it listens for new ones (ADR 0024): a version
/// published anywhere is started as soon as its notice arrives, and a lost listener means reading every time.</summary>
public sealed class LatestDefinitionsTests(BackgroundHost node) : IClassFixture<BackgroundHost>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private LatestDefinitions Latest => node.Services.GetRequiredService<LatestDefinitions>();

    [Fact]
    public async Task A_version_published_by_another_node_is_the_one_started_once_its_notice_arrives()
    {
        await ListeningAsync();
        // Published elsewhere, so that the only notice is the one its commit sends (a publish on this node also forgets at
        // once, and a test waiting for that might then see the later notice forget what a start remembered).
        var published = Forgetting("latest_a");
        await PublishElsewhereAsync(Process("latest_a", "版1"));
        await published.WaitAsync(Patience, TestContext.Current.CancellationToken);
        var first = await StartAsync("latest_a");
        Assert.True(Latest.TryGet("latest_a", out var remembered), "a start remembers the latest version it read");
        Assert.Equal(1, remembered.Version);

        // Another node: its own store, its own connection. Its NOTIFY is sent when its transaction commits.
        var forgotten = Forgetting("latest_a");
        await PublishElsewhereAsync(Process("latest_a", "版2"));
        await forgotten.WaitAsync(Patience, TestContext.Current.CancellationToken);
        var second = await StartAsync("latest_a");

        Assert.Equal(1, await VersionOfAsync(first));
        Assert.Equal(2, await VersionOfAsync(second));
    }

    [Fact]
    public async Task A_lost_listener_forgets_every_version_and_starts_read_them_until_it_listens_again()
    {
        await ListeningAsync();
        var published = Forgetting("latest_b");
        await PublishElsewhereAsync(Process("latest_b", "版1"));
        await published.WaitAsync(Patience, TestContext.Current.CancellationToken);
        await StartAsync("latest_b");
        Assert.True(Latest.TryGet("latest_b", out _));

        var lost = Forgetting(null);
        await TerminateListenerAsync();
        await lost.WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.False(Latest.TryGet("latest_b", out _));
        await ListeningAsync();
        await StartAsync("latest_b");

        Assert.True(Latest.TryGet("latest_b", out var again));
        Assert.Equal(1, again.Version);
    }

    [Fact]
    public async Task A_decision_table_version_published_by_another_node_is_the_one_evaluated_once_its_notice_arrives()
    {
        await ListeningAsync();
        var decisions = node.Services.GetRequiredService<CaseManagement.Workflows.Dmn.IDecisionProvider>();
        var key = LatestDefinitions.DecisionKey("latest-table");

        var published = Forgetting(key);
        await PublishDecisionElsewhereAsync(1, "表1");
        await published.WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.Equal("表1", decisions.Find("latest-table", "d")?.Name);
        Assert.True(Latest.TryGet(key, out _), "an evaluation remembers the latest version it read");

        published = Forgetting(key);
        await PublishDecisionElsewhereAsync(2, "表2");
        await published.WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.Equal("表2", decisions.Find("latest-table", "d")?.Name);
    }

    [Fact]
    public void A_version_read_before_a_change_is_not_remembered_after_it()
    {
        var latest = new LatestDefinitions();
        latest.SetListening(true);
        var readSince = latest.Generation;
        latest.Forget("p"); // a publish arrives while the read is on its way
        latest.Remember("p", new LatestDefinitions.Latest(Guid.CreateVersion7(), 1), readSince);
        Assert.False(latest.TryGet("p", out _));

        latest.Remember("p", new LatestDefinitions.Latest(Guid.CreateVersion7(), 2), latest.Generation);
        Assert.True(latest.TryGet("p", out var kept));
        Assert.Equal(2, kept.Version);
        latest.SetListening(false);
        Assert.False(latest.TryGet("p", out _));
        latest.Remember("p", kept, latest.Generation);
        Assert.False(latest.TryGet("p", out _));
    }

    private static string Process(string id, string name) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:test">
          <bpmn:process id="{id}" name="{name}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" name="{name}" />
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private Task Forgetting(string? processId)
    {
        var forgotten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Latest.Forgot += p =>
        {
            if (p == processId)
            {
                forgotten.TrySetResult();
            }
        };
        return forgotten.Task;
    }

    private async Task ListeningAsync()
    {
        while (true)
        {
            var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void Changed(string? _) => changed.TrySetResult();
            Latest.Forgot += Changed;
            try
            {
                if (Latest.Listening)
                {
                    return;
                }

                await changed.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
            }
            finally
            {
                Latest.Forgot -= Changed;
            }
        }
    }

    private async Task<Guid> StartAsync(string processId)
    {
        var id = Guid.CreateVersion7();
        await using var conn = await node.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await node.Services.GetRequiredService<WorkflowRuntime>().StartAsync(new WorkflowSession(conn, tx), processId, id, null, new Dictionary<string, object?>());
        await tx.CommitAsync();
        return id;
    }

    private async Task PublishElsewhereAsync(string bpmn)
    {
        var connectionString = node.Services.GetRequiredService<NpgsqlDataSource>().ConnectionString;
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await new WorkflowDefinitionStore(TimeProvider.System).PublishAsync(new WorkflowSession(conn, tx), bpmn);
        await tx.CommitAsync();
    }

    // As another node's decision table editor writes a version: a row of dmn_definitions, whose trigger sends the notice.
    private Task PublishDecisionElsewhereAsync(int version, string name) =>
        node.ScalarAsync<int>(
            """
            WITH published AS (
                INSERT INTO dmn_definitions (id, decision_ref, version, name, dmn_xml, checksum, published_at, published_by)
                VALUES (gen_random_uuid(), 'latest-table', $1, $2, $3, $4, now(), 'test') RETURNING version)
            SELECT version FROM published
            """,
            version, name,
            $"""<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="t" name="{name}" namespace="urn:test"><decision id="d" name="d"><literalExpression><text>{version}</text></literalExpression></decision></definitions>""",
            "checksum-" + version);

    private Task<int> VersionOfAsync(Guid instance) =>
        node.ScalarAsync<int>("SELECT d.version FROM wf_instances i JOIN wf_definitions d ON d.id = i.definition_id WHERE i.id = $1", instance);

    private async Task TerminateListenerAsync()
    {
        await node.ScalarAsync<bool>(
            // This node's listener only: other test classes' nodes listen on their own databases of the same server.
            "SELECT bool_or(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()",
            DefinitionChangeListener.ApplicationName);
    }
}
