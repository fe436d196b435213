using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Security;
using CaseManagement.Testing.Database;
using CaseManagement.Workflows.Abstractions;
using CaseManagement.Workflows.Hosting;
using CaseManagement.Workflows.Hosting.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CaseManagement.Core.Tests.Workflows;

/// <summary>A node as the app runs it in the background: Core, the outbox dispatcher and clustered Quartz, on a fresh
/// database. Tests await what the node does through <see cref="Fired"/> and <see cref="ServiceTasks"/>.</summary>
public sealed class BackgroundHost(TestPostgres postgres) : IAsyncLifetime
{
    private IHost? host;

    public RecordingTimers Fired { get; } = new();

    public RecordingServiceTasks ServiceTasks { get; } = new();

    public IServiceProvider Services => host!.Services;

    public async ValueTask InitializeAsync()
    {
        var cs = await postgres.CreateDatabaseAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddCaseManagementCore(cs);
        builder.Services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<ActorOverride>().Actor ?? new SystemActor());
        builder.Services.AddWorkflowBackgroundServices(cs, o =>
        {
            o.OutboxPollInterval = TimeSpan.FromMilliseconds(500);
            o.QuartzCheckinInterval = TimeSpan.FromSeconds(2);
        });
        builder.Services.AddSingleton(Fired);
        builder.Services.Decorate<IWorkflowTimerHandler, RecordingTimers.Decorator>();
        builder.Services.AddSingleton<IServiceTaskHandler>(ServiceTasks);
        host = builder.Build();
        await host.StartAsync();
    }

    /// <summary>Publishes a BPMN document and starts its process, in one transaction, as the host would.</summary>
    public async Task<Guid> StartAsync(string bpmn, string processId, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var store = Services.GetRequiredService<WorkflowDefinitionStore>();
        var runtime = Services.GetRequiredService<WorkflowRuntime>();
        await using var conn = await Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var session = new WorkflowSession(conn, tx);
        await store.PublishAsync(session, bpmn);
        var id = Guid.CreateVersion7();
        await runtime.StartAsync(session, processId, id, null, variables ?? new Dictionary<string, object?>());
        await tx.CommitAsync();
        return id;
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] args)
    {
        await using var conn = await Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var a in args)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        }

        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
        }
    }
}
