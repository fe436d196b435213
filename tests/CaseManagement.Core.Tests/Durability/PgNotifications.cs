using Npgsql;

namespace CaseManagement.Core.Tests.Durability;

/// <summary>Collects NOTIFY payloads of some channels, so a test awaits what the nodes did instead of sleeping.</summary>
public sealed class PgNotifications : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly CancellationTokenSource stop = new();
    private readonly List<string> payloads = [];
    private TaskCompletionSource pulse = NewPulse();
    private Task loop = Task.CompletedTask;

    private PgNotifications(NpgsqlConnection connection) => this.connection = connection;

    public static async Task<PgNotifications> ListenAsync(string connectionString, params string[] channels)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 5 }.ConnectionString;
        var listener = new PgNotifications(new NpgsqlConnection(cs));
        await listener.connection.OpenAsync();
        listener.connection.Notification += (_, e) => listener.Add(e.Payload);
        foreach (var channel in channels)
        {
#pragma warning disable CA2100 // channel names are the harness's constants
            await using var listen = new NpgsqlCommand("LISTEN " + channel, listener.connection);
#pragma warning restore CA2100
            await listen.ExecuteNonQueryAsync();
        }

        listener.loop = listener.ReceiveAsync();
        return listener;
    }

    /// <summary>Waits until <paramref name="done"/> holds for the payloads received so far; fails at the deadline or
    /// as soon as one of <paramref name="mustLive"/> dies.</summary>
    public async Task<IReadOnlyList<string>> WaitUntilAsync(
        Func<IReadOnlyList<string>, bool> done, TimeSpan within, params NodeProcess[] mustLive)
    {
        var deadline = Task.Delay(within);
        while (true)
        {
            Task next;
            List<string> seen;
            lock (payloads)
            {
                seen = [.. payloads];
                next = pulse.Task;
            }

            if (done(seen))
            {
                return seen;
            }

            var woke = await Task.WhenAny([next, deadline, .. mustLive.Select(n => n.Exited)]);
            if (woke == deadline)
            {
                throw new TimeoutException($"Expected the nodes to finish within {within} but saw {seen.Count} notifications.\n"
                    + string.Join('\n', mustLive.Select(n => n.Output)));
            }

            if (mustLive.FirstOrDefault(n => n.Exited == woke) is { } dead)
            {
                throw new InvalidOperationException($"Expected {dead.Name} to keep running but it exited ({dead.ExitCode}).\n{dead.Output}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }

        await connection.DisposeAsync();
        stop.Dispose();
    }

    private async Task ReceiveAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            await connection.WaitAsync(stop.Token);
        }
    }

    private void Add(string payload)
    {
        lock (payloads)
        {
            payloads.Add(payload);
            pulse.TrySetResult();
            pulse = NewPulse();
        }
    }

    private static TaskCompletionSource NewPulse() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
