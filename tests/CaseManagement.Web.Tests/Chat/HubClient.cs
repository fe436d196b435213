using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace CaseManagement.Web.Tests.Chat;

/// <summary>A minimal SignalR client (JSON hub protocol over WebSockets) as the browser's would speak it:
/// negotiate, connect, handshake, invoke and receive. Enough to test who may hear what; our own, because the
/// .NET client package is not available from the package source here.</summary>
internal sealed class HubClient(Uri baseAddress, string path, CookieContainer? cookies = null) : IAsyncDisposable
{
    private const char End = '\u001e';
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ClientWebSocket socket = new();
    private readonly Channel<(string Target, JsonElement Body)> events = Channel.CreateUnbounded<(string, JsonElement)>();
    private readonly Dictionary<string, TaskCompletionSource<JsonElement>> pending = [];
    private readonly CancellationTokenSource stop = new();
    private readonly Decoder utf8 = Encoding.UTF8.GetDecoder();
    private readonly StringBuilder buffered = new();
    private Task receiving = Task.CompletedTask;
    private int invocations;

    /// <summary>Server-to-client calls, in the order they arrived.</summary>
    public ChannelReader<(string Target, JsonElement Body)> Events => events.Reader;

    /// <summary>Negotiates over HTTP (a refusal throws with its status) and opens the WebSocket.</summary>
    public async Task StartAsync()
    {
#pragma warning disable CA2000 // the client owns its handler
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }, true);
#pragma warning restore CA2000
        using var negotiate = await http.PostAsync(new Uri(baseAddress, path.TrimStart('/') + "/negotiate?negotiateVersion=1"), null);
        if (negotiate.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"negotiate answered {(int)negotiate.StatusCode}", null, negotiate.StatusCode);
        }

        var token = JsonDocument.Parse(await negotiate.Content.ReadAsStringAsync()).RootElement.GetProperty("connectionToken").GetString();
        socket.Options.Cookies = cookies;
        var ws = new UriBuilder(new Uri(baseAddress, path.TrimStart('/'))) { Scheme = "ws", Query = "id=" + token }.Uri;
        await socket.ConnectAsync(ws, stop.Token);
        await SendAsync(new { protocol = "json", version = 1 });
        var handshake = await ReceiveAsync();
        if (handshake is null || handshake.Value.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException("handshake refused: " + handshake);
        }

        receiving = ReceiveLoopAsync();
    }

    /// <summary>Calls a hub method and waits for its completion; a hub error throws <see cref="HubCallFailed"/>.</summary>
    public async Task<JsonElement> InvokeAsync(string target, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref invocations).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (pending)
        {
            pending[id] = done;
        }

        await SendAsync(new { type = 1, invocationId = id, target, arguments });
        return await done.Task.WaitAsync(TimeSpan.FromSeconds(15));
    }

    /// <summary>The next server-to-client call; fails after 15 s.</summary>
    public async Task<(string Target, JsonElement Body)> NextAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await events.Reader.ReadAsync(deadline.Token);
    }

    /// <summary>Reads calls until one to <paramref name="target"/> arrives; returns it and those before it.</summary>
    public async Task<(JsonElement Body, IReadOnlyList<string> Before)> UntilAsync(string target)
    {
        var before = new List<string>();
        while (true)
        {
            var next = await NextAsync();
            if (next.Target == target)
            {
                return (next.Body, before);
            }

            before.Add(next.Target);
        }
    }

    /// <summary>Waits until the server closes the connection (or 15 s pass).</summary>
    public Task Closed => receiving.WaitAsync(TimeSpan.FromSeconds(15));

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        await stop.CancelAsync();
        try
        {
            await receiving;
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }

        socket.Dispose();
        stop.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        while (await ReceiveAsync() is { } message)
        {
            switch (message.GetProperty("type").GetInt32())
            {
                case 1: // invocation from the server
                    var arguments = message.GetProperty("arguments");
                    events.Writer.TryWrite((message.GetProperty("target").GetString()!, arguments.GetArrayLength() > 0 ? arguments[0].Clone() : default));
                    break;
                case 3: // completion of one of ours
                    TaskCompletionSource<JsonElement>? done;
                    lock (pending)
                    {
                        pending.Remove(message.GetProperty("invocationId").GetString()!, out done);
                    }

                    if (message.TryGetProperty("error", out var error))
                    {
                        done?.TrySetException(new HubCallFailed(error.GetString() ?? ""));
                    }
                    else
                    {
                        done?.TrySetResult(message.TryGetProperty("result", out var result) ? result.Clone() : default);
                    }

                    break;
                case 7: // close
                    events.Writer.TryComplete();
                    return;
            }
        }

        events.Writer.TryComplete();
    }

    private Task SendAsync(object message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message, Json) + End), WebSocketMessageType.Text, true, stop.Token);

    /// <summary>One record of the protocol, or null once the socket is closed.</summary>
    private async Task<JsonElement?> ReceiveAsync()
    {
        var buffer = new byte[8192];
        var chars = new char[8192];
        while (true)
        {
            var text = buffered.ToString();
            var end = text.IndexOf(End, StringComparison.Ordinal);
            if (end >= 0)
            {
                buffered.Remove(0, end + 1);
                return JsonDocument.Parse(text[..end]).RootElement.Clone();
            }

            if (socket.State != WebSocketState.Open)
            {
                return null;
            }

            var got = await socket.ReceiveAsync(buffer, stop.Token);
            if (got.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffered.Append(chars, 0, utf8.GetChars(buffer, 0, got.Count, chars, 0));
        }
    }
}

/// <summary>A hub method answered with an error (a refusal's message, or "method does not exist").</summary>
internal sealed class HubCallFailed(string message) : Exception(message);
