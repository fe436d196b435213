using CaseManagement.Workflows.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseManagement.Testing.Core;

/// <summary>Starts a new 窓口手続き (counter_procedure) visit with the counter's facts, as the one-stop counter does,
/// and says which procedure tasks it fanned out to (the related-procedures decision picks them).</summary>
public static class CounterVisits
{
    public static async Task<IReadOnlyList<string>> StartAsync(IServiceProvider services, string @event, bool hasChildren, int age)
    {
        var store = services.GetRequiredService<WorkflowDefinitionStore>();
        var runtime = services.GetRequiredService<WorkflowRuntime>();
        await using var conn = await services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var session = new WorkflowSession(conn, tx);
        // Published once (an unchanged file is not a new version), as the start-up does.
        var bpmn = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Workflows, "counter-procedure.bpmn"));
        await store.PublishAsync(session, bpmn, unlessEverPublished: true);
        var step = await runtime.StartAsync(session, "counter_procedure", Guid.CreateVersion7(), null,
            new Dictionary<string, object?> { ["event"] = @event, ["hasChildren"] = hasChildren, ["age"] = (decimal)age });
        await tx.CommitAsync();
        return [.. step.CreatedTasks.Select(t => t.ElementId).Order(StringComparer.Ordinal)];
    }
}
