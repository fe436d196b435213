using System.Net;
using System.Text.Json;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Operations;

/// <summary>An undelivered outbox message an hour old (over the 10-minute default) makes /health/ready answer 503
/// naming the outbox check, while the other checks stay healthy; the reply carries counts, not the message.</summary>
public sealed class StuckOutboxHttpTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Ready_answers_503_naming_the_outbox_when_a_message_has_waited_an_hour()
    {
        // Not yet available to the dispatcher (available tomorrow), so it stays undelivered during the test.
        await OperationsDatabase.ExecuteAsync(app.OwnerConnectionString, """
            INSERT INTO wf_outbox (kind, idempotency_key, payload, created_at, available_at)
            VALUES ('test.stuck', 'stuck-' || gen_random_uuid(), '{"secret":"山田花子"}', now() - interval '1 hour', now() + interval '1 day')
            """);
        using var client = app.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        var body = await ready.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Unhealthy", root.GetProperty("status").GetString());
        var failing = root.GetProperty("checks").EnumerateArray().Where(c => c.GetProperty("status").GetString() != "Healthy").ToList();
        var outbox = Assert.Single(failing);
        Assert.Equal("outbox", outbox.GetProperty("name").GetString());
        Assert.True(outbox.GetProperty("data").GetProperty("oldestAgeSeconds").GetDouble() >= 3600, body);
        Assert.DoesNotContain("山田花子", body, StringComparison.Ordinal);
    }
}
