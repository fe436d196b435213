using CaseManagement.Workflows.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseManagement.Core.Tests.Workflows;

/// <summary>The shipped application review waits for its fee; the payment message moves it on, once.</summary>
public sealed class MessageCorrelationTests(BackgroundHost node) : IClassFixture<BackgroundHost>
{
    [Fact]
    public async Task A_payment_message_moves_an_application_from_the_payment_wait_to_issuance_and_a_second_one_is_refused()
    {
        var bpmn = await File.ReadAllTextAsync(Path.Combine(CaseManagement.Testing.RepositoryPaths.Workflows, "application-review.bpmn"));
        var instance = await node.StartAsync(bpmn, "application_review", new Dictionary<string, object?> { ["procedure"] = "住民票の写し" });
        await CompleteOpenTaskAsync(instance, new Dictionary<string, object?> { ["hasDefects"] = false });
        await CompleteOpenTaskAsync(instance, new Dictionary<string, object?> { ["fee"] = 300L });

        await CorrelateAsync(instance, "payment-received", new Dictionary<string, object?> { ["paidAt"] = "2026-11-22" });

        Assert.Equal("Completed", await node.ScalarAsync<string>("SELECT status FROM wf_instances WHERE id = $1", instance));
        Assert.Equal(1L, await node.ScalarAsync<long>("SELECT count(*) FROM wf_history WHERE instance_id = $1 AND kind = 'MessageCorrelated'", instance));
        var refused = await Assert.ThrowsAsync<WorkflowConflictException>(() => CorrelateAsync(instance, "payment-received", new Dictionary<string, object?>()));
        Assert.Equal(WorkflowConflictReason.MessageNotAwaited, refused.Reason);
    }

    private async Task CompleteOpenTaskAsync(Guid instance, IReadOnlyDictionary<string, object?> variables)
    {
        var task = await node.ScalarAsync<Guid>("SELECT id FROM wf_user_tasks WHERE instance_id = $1 AND status = 'open'", instance);
        await InTransactionAsync(s => node.Services.GetRequiredService<WorkflowRuntime>().CompleteUserTaskAsync(s, task, "test", variables));
    }

    private Task CorrelateAsync(Guid instance, string message, IReadOnlyDictionary<string, object?> variables) =>
        InTransactionAsync(s => node.Services.GetRequiredService<WorkflowRuntime>().CorrelateMessageAsync(s, instance, message, variables));

    private async Task InTransactionAsync(Func<WorkflowSession, Task> step)
    {
        await using var conn = await node.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await step(new WorkflowSession(conn, tx));
        await tx.CommitAsync();
    }
}
