using System.Collections.Concurrent;
using System.Net;
using System.Text;
using CaseManagement.Core.Residents.Line;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CaseManagement.Testing.Line;

/// <summary>A local stand-in for LINE on a real loopback port: LINE Login (authorize, token) and the Messaging API
/// (reply, push). It records every request it receives, so that tests can assert what reached LINE and, above all,
/// what never did. Authorize signs in <see cref="NextLoginUser"/> at once, as if they had tapped 許可する.</summary>
public sealed class FakeLineServer : IAsyncLifetime
{
    public const string LoginChannelId = "1650000001";
    public const string LoginChannelSecret = "fake-login-channel-secret";
    public const string MessagingChannelSecret = "fake-messaging-channel-secret";
    public const string AccessToken = "fake-channel-access-token";

    private readonly Lock gate = new();
    private readonly List<RecordedLineRequest> requests = [];
    private readonly ConcurrentDictionary<string, (string Nonce, string UserId, string Name)> codes = new();
    private readonly ConcurrentDictionary<string, bool> retryKeys = new();
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication? app;
    private int failures;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Who signs in at the next authorize request.</summary>
    public (string UserId, string Name) NextLoginUser { get; set; } = (NewUserId(), "LINE 花子");

    public IReadOnlyList<RecordedLineRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>Answer the next <paramref name="count"/> reply or push requests with 500, as LINE does when it is down.</summary>
    public void FailNextMessages(int count) => Interlocked.Exchange(ref failures, count);

    public static string NewUserId() => "U" + Guid.NewGuid().ToString("N");

    /// <summary>The app's "Line" settings pointing at this server.</summary>
    public LineOptions Options(string siteUrl) => new()
    {
        ApiBaseUrl = BaseAddress.ToString(),
        AuthorizeBaseUrl = BaseAddress.ToString(),
        SiteUrl = siteUrl,
        LoginChannelId = LoginChannelId,
        LoginChannelSecret = LoginChannelSecret,
        MessagingChannelSecret = MessagingChannelSecret,
        MessagingAccessToken = AccessToken,
    };

    /// <summary>The same settings as configuration keys, for the web app.</summary>
    public IReadOnlyDictionary<string, string?> Settings(string siteUrl)
    {
        var o = Options(siteUrl);
        return new Dictionary<string, string?>
        {
            ["Line:ApiBaseUrl"] = o.ApiBaseUrl,
            ["Line:AuthorizeBaseUrl"] = o.AuthorizeBaseUrl,
            ["Line:SiteUrl"] = o.SiteUrl,
            ["Line:LoginChannelId"] = o.LoginChannelId,
            ["Line:LoginChannelSecret"] = o.LoginChannelSecret,
            ["Line:MessagingChannelSecret"] = o.MessagingChannelSecret,
            ["Line:MessagingAccessToken"] = o.MessagingAccessToken,
        };
    }

    /// <summary>Waits until a request matching <paramref name="match"/> has arrived (a pushed event, not a sleep).</summary>
    public async Task<RecordedLineRequest> WaitForAsync(Func<RecordedLineRequest, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (requests.FirstOrDefault(match) is { } found)
                {
                    return found;
                }

                next = changed.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException("the fake LINE server did not receive the expected request; it received:\n"
                    + string.Join("\n---\n", Requests.Select(r => r.Everything)));
            }

            try
            {
                await next.WaitAsync(left);
            }
            catch (TimeoutException)
            {
                // Checked once more above, then reported with what did arrive.
            }
        }
    }

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.Use(async (http, next) =>
        {
            await RecordAsync(http.Request);
            await next(http);
        });
        app.MapGet("/oauth2/v2.1/authorize", Authorize);
        app.MapPost("/oauth2/v2.1/token", Token);
        app.MapPost("/v2/bot/message/reply", (HttpRequest r) => Messaging(r, retryKey: false));
        app.MapPost("/v2/bot/message/push", (HttpRequest r) => Messaging(r, retryKey: true));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task RecordAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true);
        var body = await reader.ReadToEndAsync();
        request.Body.Position = 0;
        var recorded = new RecordedLineRequest(request.Method, request.Path + request.QueryString,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body);
        TaskCompletionSource wake;
        lock (gate)
        {
            requests.Add(recorded);
            wake = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        wake.TrySetResult();
    }

    private IResult Authorize(HttpRequest request)
    {
        var q = request.Query;
        if (q["client_id"] != LoginChannelId || q["response_type"] != "code" || string.IsNullOrEmpty(q["redirect_uri"]))
        {
            return Results.BadRequest();
        }

        var code = Guid.NewGuid().ToString("N");
        codes[code] = (q["nonce"].ToString(), NextLoginUser.UserId, NextLoginUser.Name);
        return Results.Redirect(q["redirect_uri"] + "?code=" + code + "&state=" + Uri.EscapeDataString(q["state"].ToString()));
    }

    private async Task<IResult> Token(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["client_id"] != LoginChannelId || form["client_secret"] != LoginChannelSecret
            || !codes.TryRemove(form["code"].ToString(), out var login))
        {
            return Results.BadRequest(new { error = "invalid_grant" });
        }

        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var idToken = LineIdToken.Sign(new Dictionary<string, object?>
        {
            ["iss"] = LineIdToken.Issuer,
            ["sub"] = login.UserId,
            ["aud"] = LoginChannelId,
            ["exp"] = now + 3600,
            ["iat"] = now,
            ["nonce"] = login.Nonce,
            ["name"] = login.Name,
        }, LoginChannelSecret);
        return Results.Json(new { access_token = "fake-access", token_type = "Bearer", expires_in = 2592000, scope = "openid profile", id_token = idToken });
    }

    private IResult Messaging(HttpRequest request, bool retryKey)
    {
        if (request.Headers.Authorization != "Bearer " + AccessToken)
        {
            return Results.Unauthorized();
        }

        if (Interlocked.Decrement(ref failures) >= 0)
        {
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        // As LINE: a push repeated with the same X-Line-Retry-Key is accepted once, then answered 409.
        if (retryKey && request.Headers["X-Line-Retry-Key"].ToString() is { Length: > 0 } key && !retryKeys.TryAdd(key, true))
        {
            return Results.Conflict();
        }

        return Results.Json(new { });
    }
}
