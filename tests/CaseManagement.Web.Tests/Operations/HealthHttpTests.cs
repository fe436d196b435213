using System.Net;
using System.Text.Json;
using CaseManagement.Testing.Web;
using CaseManagement.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Operations;

/// <summary>Over real HTTP, without signing in: /health/live and /health/ready answer 200 on a healthy app with every
/// readiness check named, the old /health still answers, and the staff IP allowlist does not block them.</summary>
public sealed class HealthHttpTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Live_answers_200_while_the_process_runs()
    {
        using var client = app.CreateClient();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var old = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", Json(await live.Content.ReadAsStringAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
    }

    [Fact]
    public async Task Ready_answers_200_with_database_migrations_scheduler_and_outbox_healthy()
    {
        using var client = app.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        var body = await ready.Content.ReadAsStringAsync();
        Assert.True(ready.StatusCode == HttpStatusCode.OK, body);
        var checks = Json(body).GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["database"] = "Healthy", ["migrations"] = "Healthy", ["scheduler"] = "Healthy", ["outbox"] = "Healthy" }, checks);
        Assert.Equal("no-store", ready.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Load_balancers_outside_the_staff_allowlist_still_reach_health_while_the_admin_area_is_refused()
    {
        await OperationsDatabase.ExecuteAsync(app.OwnerConnectionString, "INSERT INTO staff_ip_ranges (cidr) VALUES ('203.0.113.0/24')");
        app.Services.GetRequiredService<StaffIpAllowlist>().Invalidate();
        try
        {
            using var client = app.CreateClient();

            using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
            using var admin = await client.GetAsync(new Uri("/Admin/Status", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
        }
        finally
        {
            await OperationsDatabase.ExecuteAsync(app.OwnerConnectionString, "DELETE FROM staff_ip_ranges");
            app.Services.GetRequiredService<StaffIpAllowlist>().Invalidate();
        }
    }

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;
}
