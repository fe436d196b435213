using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Npgsql;

namespace CaseManagement.Web.Cluster;

/// <summary>Sends a SignalR message to groups of a hub on every app node: it NOTIFYs channel hub_fanout, and each
/// node's listener (<see cref="HubFanOutForwarder"/>) sends it to those groups among its own connections, this node
/// included. For pushes published after commit (ADR 0008); the payload is the hub, the method, group names and a small
/// argument made of ids, never case content, and is split so that each NOTIFY stays under PostgreSQL's 8000 bytes.</summary>
internal sealed class HubFanOut(NpgsqlDataSource dataSource, HubFanOutHubs hubs)
{
    public const string Channel = "hub_fanout";

    /// <summary>Below NOTIFY's 8000-byte payload limit with room for the envelope.</summary>
    internal const int MaxPayloadBytes = 7000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SendAsync<THub>(IReadOnlyCollection<string> groups, string method, object? argument, CancellationToken ct)
        where THub : Hub
    {
        var hub = hubs.NameOf<THub>();
        foreach (var payload in Payloads(hub, method, groups, argument))
        {
            await using var cmd = dataSource.CreateCommand("SELECT pg_notify($1, $2)");
            cmd.Parameters.Add(new NpgsqlParameter { Value = Channel });
            cmd.Parameters.Add(new NpgsqlParameter { Value = payload });
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>One payload per slice of the groups, each under <see cref="MaxPayloadBytes"/>.</summary>
    internal static IEnumerable<string> Payloads(string hub, string method, IReadOnlyCollection<string> groups, object? argument)
    {
        var slice = new List<string>();
        var size = 0;
        foreach (var group in groups)
        {
            var bytes = Encoding.UTF8.GetByteCount(group) + 3;
            if (slice.Count > 0 && size + bytes > MaxPayloadBytes - 1000)
            {
                yield return Serialize(hub, method, slice, argument);
                slice = [];
                size = 0;
            }

            slice.Add(group);
            size += bytes;
        }

        if (slice.Count > 0)
        {
            yield return Serialize(hub, method, slice, argument);
        }
    }

    private static string Serialize(string hub, string method, List<string> groups, object? argument)
    {
        var payload = JsonSerializer.Serialize(new FanOutMessage(hub, method, groups, argument is null ? null : JsonSerializer.SerializeToElement(argument, Json)), Json);
        return Encoding.UTF8.GetByteCount(payload) <= MaxPayloadBytes
            ? payload
            : throw new InvalidOperationException($"A fan-out message to {hub}.{method} is {Encoding.UTF8.GetByteCount(payload)} bytes; pushes carry ids only");
    }
}

/// <summary>One NOTIFY on channel hub_fanout.</summary>
internal sealed record FanOutMessage(string Hub, string Method, IReadOnlyList<string> Groups, JsonElement? Argument);

/// <summary>The hubs that may be reached through <see cref="HubFanOut"/>, by a short name (the hub's type name).</summary>
internal sealed class HubFanOutHubs
{
    private readonly Dictionary<string, Func<IServiceProvider, IHubClients>> clients = new(StringComparer.Ordinal);

    public HubFanOutHubs Add<THub>()
        where THub : Hub
    {
        clients[typeof(THub).Name] = sp => sp.GetRequiredService<IHubContext<THub>>().Clients;
        return this;
    }

    public string NameOf<THub>()
        where THub : Hub =>
        clients.ContainsKey(typeof(THub).Name) ? typeof(THub).Name : throw new InvalidOperationException(typeof(THub).Name + " is not registered for fan-out");

    public IHubClients? ClientsOf(string hub, IServiceProvider services) => clients.TryGetValue(hub, out var f) ? f(services) : null;
}

/// <summary>Channel hub_fanout to this node's connections in the named groups.</summary>
internal sealed class HubFanOutForwarder(HubFanOutHubs hubs, IServiceProvider services, ILogger<HubFanOutForwarder> logger) : INotifyChannelHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Channel => HubFanOut.Channel;

    public async Task HandleAsync(string payload, CancellationToken ct)
    {
        FanOutMessage? m;
        try
        {
            m = JsonSerializer.Deserialize<FanOutMessage>(payload, Json);
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "Unreadable fan-out message {Payload}", payload);
            return;
        }

        if (m is null || hubs.ClientsOf(m.Hub, services) is not { } clients)
        {
            logger.LogWarning("Fan-out message for an unknown hub: {Payload}", payload);
            return;
        }

        var groups = clients.Groups(m.Groups);
        await (m.Argument is { } argument ? groups.SendAsync(m.Method, argument, ct) : groups.SendAsync(m.Method, ct));
    }
}
