using System.Net;
using System.Text;
using System.Text.Json;
using CaseManagement.Core.Residents.Line;
using CaseManagement.Testing.Database;
using CaseManagement.Testing.Line;
using Npgsql;

namespace CaseManagement.Web.Tests.Line;

/// <summary>POST /line/webhook over real HTTP, answered through the outbox to a fake LINE server that records
/// everything: the signature decides (valid, invalid, missing, altered), a replayed body is answered once, old
/// events not at all, and what a resident writes in LINE is stored nowhere and sent nowhere.</summary>
public sealed class LineWebhookTests(LineTestApp fixture) : IClassFixture<LineTestApp>
{
    private FakeLineServer Line => fixture.Line;

    [Fact]
    public async Task A_follow_event_is_answered_with_the_welcome_and_a_link_into_the_site()
    {
        var e = Event("follow");

        var response = await PostAsync(Body(e));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await ReplyFor(e.ReplyToken);
        Assert.Equal("Bearer " + FakeLineServer.AccessToken, reply.Headers["Authorization"]);
        Assert.Equal("友だち追加ありがとうございます。ご相談は、次のリンクの相談ページでお受けします。LINE のトークには相談内容を書かないでください。\n"
            + LineTestApp.SiteUrl + "/", TextOf(reply));
    }

    [Theory]
    [InlineData("message")]
    [InlineData("postback")]
    public async Task A_message_or_rich_menu_tap_is_answered_with_the_link_and_its_text_is_kept_and_sent_nowhere(string type)
    {
        // JSON may escape the Japanese part on the way; the unique ASCII marker survives any escaping
        var marker = Guid.NewGuid().ToString("N");
        var e = Event(type, "LINEで書いた相談です。子どものことで " + marker);

        var response = await PostAsync(Body(e));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await ReplyFor(e.ReplyToken);
        Assert.Equal("ご相談は、次のリンクの相談ページからお願いします。LINE のトークでは相談内容をお受けしていません。\n" + LineTestApp.SiteUrl + "/", TextOf(reply));
        Assert.DoesNotContain(Line.Requests, r => r.Everything.Contains(marker, StringComparison.Ordinal));
        Assert.Empty(await DatabaseSearch.FindAsync(fixture.App.ConnectionString, marker));
    }

    [Fact]
    public async Task A_wrong_signature_is_refused_with_401_and_nothing_is_stored()
    {
        var e = Event("message", "署名が違う");
        var body = Body(e);

        var response = await PostAsync(body, LineSignature.Compute(body, "someone-elses-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingStoredAsync(e);
    }

    [Fact]
    public async Task A_missing_signature_is_refused_with_401_and_nothing_is_stored()
    {
        var e = Event("follow");

        var response = await PostAsync(Body(e), signature: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingStoredAsync(e);
    }

    [Fact]
    public async Task A_body_changed_after_signing_is_refused_with_401()
    {
        var e = Event("message", "元の本文");
        var signature = LineSignature.Compute(Body(e), FakeLineServer.MessagingChannelSecret);
        var altered = Body(e with { ReplyToken = "attacker-token" });

        var response = await PostAsync(altered, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingStoredAsync(e);
    }

    [Fact]
    public async Task A_replayed_body_is_answered_only_once()
    {
        var e = Event("message", "同じ本文をもう一度");
        var body = Body(e);

        var first = await PostAsync(body);
        await ReplyFor(e.ReplyToken);
        var replayed = await PostAsync(body);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, replayed.StatusCode));
        // the second call found the event id already answered: no second row to deliver, so no second reply
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM wf_outbox WHERE idempotency_key = $1", "line-reply:" + e.WebhookEventId));
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM line_webhook_events WHERE webhook_event_id = $1", e.WebhookEventId));
        Assert.Single(Line.Requests, r => r.Body.Contains(e.ReplyToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_event_older_than_ten_minutes_or_an_unfollow_gets_no_answer()
    {
        var old = Event("message", "古いイベント") with { Timestamp = DateTimeOffset.UtcNow.AddMinutes(-11).ToUnixTimeMilliseconds() };
        var unfollow = Event("unfollow");

        var response = await PostAsync(Body(old, unfollow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertNothingStoredAsync(old);
        await AssertNothingStoredAsync(unfollow);
    }

    [Fact]
    public async Task LINEs_verification_call_with_no_events_is_accepted()
    {
        var response = await PostAsync(Encoding.UTF8.GetBytes("""{"destination":"Uxxxxxxxx","events":[]}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] body, string? signature = "sign")
    {
        using var client = fixture.App.CreateClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            content.Headers.Add("X-Line-Signature", signature == "sign" ? LineSignature.Compute(body, FakeLineServer.MessagingChannelSecret) : signature);
        }

        return await client.PostAsync(new Uri("/line/webhook", UriKind.Relative), content);
    }

    private Task<RecordedLineRequest> ReplyFor(string replyToken) =>
        Line.WaitForAsync(r => r.PathAndQuery == "/v2/bot/message/reply" && r.Body.Contains(replyToken, StringComparison.Ordinal));

    private async Task AssertNothingStoredAsync(WebhookEvent e)
    {
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM line_webhook_events WHERE webhook_event_id = $1", e.WebhookEventId));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM wf_outbox WHERE idempotency_key = $1", "line-reply:" + e.WebhookEventId));
        Assert.DoesNotContain(Line.Requests, r => r.Body.Contains(e.ReplyToken, StringComparison.Ordinal));
    }

    private async Task<long> CountAsync(string sql, string value)
    {
        await using var conn = new NpgsqlConnection(fixture.App.ConnectionString);
        await conn.OpenAsync();
#pragma warning disable CA2100 // constant SQL of this class
        await using var cmd = new NpgsqlCommand(sql, conn);
#pragma warning restore CA2100
        cmd.Parameters.Add(new NpgsqlParameter { Value = value });
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private static string TextOf(RecordedLineRequest reply)
    {
        using var json = JsonDocument.Parse(reply.Body);
        return Assert.Single(json.RootElement.GetProperty("messages").EnumerateArray()).GetProperty("text").GetString()!;
    }

    private static WebhookEvent Event(string type, string? text = null) => new(
        type, Guid.NewGuid().ToString("N")[..26].ToUpperInvariant(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), "reply-" + Guid.NewGuid().ToString("N"), text);

    // The shape LINE sends (Messaging API webhook, 2021 guideline entry point).
    private static byte[] Body(params WebhookEvent[] events) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        destination = "U0000000000000000000000000000000",
        events = events.Select(e => new Dictionary<string, object?>
        {
            ["type"] = e.Type,
            ["mode"] = "active",
            ["timestamp"] = e.Timestamp,
            ["source"] = new { type = "user", userId = "U" + new string('1', 32) },
            ["webhookEventId"] = e.WebhookEventId,
            ["deliveryContext"] = new { isRedelivery = false },
            ["replyToken"] = e.ReplyToken,
            ["message"] = e.Type == "message" ? new { id = "468789577898262530", type = "text", quoteToken = "q", text = e.Text } : null,
            ["postback"] = e.Type == "postback" ? new { data = "action=consult&note=" + e.Text } : null,
        }),
    });

    private sealed record WebhookEvent(string Type, string WebhookEventId, long Timestamp, string ReplyToken, string? Text);
}
