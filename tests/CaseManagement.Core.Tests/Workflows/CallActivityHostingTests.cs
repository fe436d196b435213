using CaseManagement.Workflows.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseManagement.Core.Tests.Workflows;

/// <summary>The host starts a call activity's child in the same transaction, on the right version, and reports its
/// end to the parent.</summary>
public sealed class CallActivityHostingTests(BackgroundHost node) : IClassFixture<BackgroundHost>
{
    private static string Document(string childTaskName, string version = "", string suffix = "") => $"""
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cm="urn:casemanagement:bpmn:1" id="d" targetNamespace="t">
          <bpmn:process id="moving_in{suffix}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="call" />
            <bpmn:callActivity id="call" calledElement="school_transfer{suffix}" {version} cm:out="transferNo := issuedNo" />
            <bpmn:sequenceFlow id="f2" sourceRef="call" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
          <bpmn:process id="school_transfer{suffix}" isExecutable="true">
            <bpmn:startEvent id="c_start" />
            <bpmn:sequenceFlow id="c1" sourceRef="c_start" targetRef="c_task" />
            <bpmn:userTask id="c_task" name="{childTaskName}" cm:queue="counter:gakumu" />
            <bpmn:sequenceFlow id="c2" sourceRef="c_task" targetRef="c_end" />
            <bpmn:endEvent id="c_end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task A_call_activity_starts_its_child_and_the_parent_goes_on_when_the_child_ends()
    {
        var parent = await node.StartAsync(Document("転入学の手続"), "moving_in");

        var child = await node.ScalarAsync<Guid>("SELECT id FROM wf_instances WHERE parent_instance_id = $1", parent);
        Assert.Equal("call", await node.ScalarAsync<string>("SELECT parent_element_id FROM wf_instances WHERE id = $1", child));
        var task = await node.ScalarAsync<Guid>("SELECT id FROM wf_user_tasks WHERE instance_id = $1", child);

        await CompleteAsync(task, new Dictionary<string, object?> { ["issuedNo"] = "T-0042" });

        Assert.Equal("Completed", await node.ScalarAsync<string>("SELECT status FROM wf_instances WHERE id = $1", child));
        Assert.Equal("Completed", await node.ScalarAsync<string>("SELECT status FROM wf_instances WHERE id = $1", parent));
        Assert.Equal("T-0042", await node.ScalarAsync<string>("SELECT state->'variables'->>'transferNo' FROM wf_instances WHERE id = $1", parent));
        Assert.Equal(1L, await node.ScalarAsync<long>("SELECT count(*) FROM wf_history WHERE instance_id = $1 AND kind = 'CallActivityCompleted'", parent));
    }

    [Fact]
    public async Task A_pinned_version_is_started_even_after_a_newer_one_is_published()
    {
        await node.StartAsync(Document("v1の作業", suffix: "_pinned"), "moving_in_pinned");
        await node.StartAsync(Document("v2の作業", suffix: "_pinned"), "moving_in_pinned");

        var parent = await node.StartAsync(Document("v3の作業", "cm:version=\"1\"", "_pinned"), "moving_in_pinned");

        var child = await node.ScalarAsync<Guid>("SELECT id FROM wf_instances WHERE parent_instance_id = $1", parent);
        Assert.Equal("v1の作業", await node.ScalarAsync<string>("SELECT name FROM wf_user_tasks WHERE instance_id = $1", child));
        Assert.Equal(1, await node.ScalarAsync<int>(
            "SELECT d.version FROM wf_instances i JOIN wf_definitions d ON d.id = i.definition_id WHERE i.id = $1", child));
    }

    private async Task CompleteAsync(Guid taskId, IReadOnlyDictionary<string, object?> variables)
    {
        await using var conn = await node.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await node.Services.GetRequiredService<WorkflowRuntime>().CompleteUserTaskAsync(new WorkflowSession(conn, tx), taskId, "test", variables);
        await tx.CommitAsync();
    }
}
