using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CaseManagement.Core.Residents.Line;

/// <summary>The few LINE endpoints we call, at the configured base URLs: LINE Login's authorize and token, the
/// Messaging API's reply and push. Only text we wrote ourselves ever goes out; nothing a resident wrote.</summary>
public sealed class LineApi(IOptions<LineOptions> options) : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(15),
    };

    private LineOptions O => options.Value;

    /// <summary>Where the resident's browser goes to sign in with LINE.</summary>
    public Uri AuthorizeUri(string redirectUri, string state, string nonce) => new(
        O.AuthorizeBaseUrl.TrimEnd('/') + "/oauth2/v2.1/authorize?response_type=code"
        + "&client_id=" + Uri.EscapeDataString(O.LoginChannelId ?? "")
        + "&redirect_uri=" + Uri.EscapeDataString(redirectUri)
        + "&state=" + Uri.EscapeDataString(state)
        + "&scope=" + Uri.EscapeDataString("openid profile")
        + "&nonce=" + Uri.EscapeDataString(nonce));

    /// <summary>Trades the authorization code for the ID token (which the caller must still validate).</summary>
    public async Task<string?> ExchangeCodeAsync(string code, string redirectUri, CancellationToken ct)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri,
            ["client_id"] = O.LoginChannelId ?? "",
            ["client_secret"] = O.LoginChannelSecret ?? "",
        });
        using var response = await http.PostAsync(new Uri(O.ApiBaseUrl.TrimEnd('/') + "/oauth2/v2.1/token"), form, ct);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return json.RootElement.TryGetProperty("id_token", out var token) ? token.GetString() : null;
    }

    public Task<HttpStatusCode> ReplyAsync(string replyToken, string text, CancellationToken ct) =>
        PostAsync("/v2/bot/message/reply", new { replyToken, messages = new[] { new { type = "text", text } } }, null, ct);

    /// <summary>The retry key makes LINE accept a repeated push once (it answers 409 to the repeat).</summary>
    public Task<HttpStatusCode> PushAsync(string to, string text, Guid retryKey, CancellationToken ct) =>
        PostAsync("/v2/bot/message/push", new { to, messages = new[] { new { type = "text", text } } }, retryKey, ct);

    public void Dispose() => http.Dispose();

    private async Task<HttpStatusCode> PostAsync(string path, object body, Guid? retryKey, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(O.ApiBaseUrl.TrimEnd('/') + path))
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", O.MessagingAccessToken);
        if (retryKey is { } key)
        {
            request.Headers.Add("X-Line-Retry-Key", key.ToString());
        }

        using var response = await http.SendAsync(request, ct);
        return response.StatusCode;
    }
}
