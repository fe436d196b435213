using System.Net;
using System.Xml.Linq;
using CaseManagement.Testing.Web;
using CaseManagement.Web.Tests.Chat;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseManagement.Web.Tests.Cluster;

/// <summary>Two app nodes on one database (issue 7 points 3 and 7): what one node issues the other accepts, because
/// the data-protection keys live in PostgreSQL; and a desk change made through one node reaches a desk connection on
/// the other through LISTEN/NOTIFY, also after the database dropped the listening connections.</summary>
public sealed class TwoNodeHttpTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task A_staff_cookie_issued_by_node_a_is_accepted_by_node_b()
    {
        var cookies = new CookieContainer();
        using var a = nodes.A.Client(cookies);
        using var b = nodes.B.Client(cookies);
        using (var beforeSignIn = await b.GetAsync(new Uri("/Desk", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, beforeSignIn.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await a.SignInAsync(DemoAccounts.Counselor)).StatusCode);
        CopyCookies(cookies, nodes.A, nodes.B);

        using var desk = await b.GetAsync(new Uri("/Desk", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, desk.StatusCode);
        Assert.Contains("data-testid=\"queue-filter\"", await desk.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_antiforgery_token_from_node_a_is_accepted_by_node_b()
    {
        var cookies = new CookieContainer();
        using var a = nodes.A.Client(cookies);
        using var b = nodes.B.Client(cookies);
        var token = HttpFormsToken(await a.GetStringAsync(new Uri("/Account/Login", UriKind.Relative)));
        CopyCookies(cookies, nodes.A, nodes.B);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = DemoAccounts.Counselor.UserName, ["Password"] = DemoAccounts.Counselor.Password, ["__RequestVerificationToken"] = token,
        });
        using var signedIn = await b.PostAsync(new Uri("/Account/Login", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/Desk", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Both_nodes_use_the_one_key_ring_stored_in_postgresql()
    {
        using (var warm = nodes.A.CreateClient())
        {
            await warm.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        }

        var stored = new List<Guid>();
        await using (var conn = new NpgsqlConnection(nodes.A.OwnerConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT xml FROM data_protection_keys", conn);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored.Add(Guid.Parse(XElement.Parse(reader.GetString(0)).Attribute("id")!.Value));
            }
        }

        Assert.NotEmpty(stored);
        Assert.Equal(stored.Order(), KeysOf(nodes.A).Order());
        Assert.Equal(stored.Order(), KeysOf(nodes.B).Order());
    }

    [Fact]
    public async Task A_consultation_started_through_node_a_reaches_a_desk_connection_on_node_b_also_after_the_listeners_reconnect()
    {
        var cookies = new CookieContainer();
        using var counselor = nodes.B.Client(cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await counselor.SignInAsync(DemoAccounts.Counselor)).StatusCode);
        using var resident = nodes.A.Client(new CookieContainer());

        await using (var desk = await DeskHubOnBAsync(cookies))
        {
            await resident.StartConsultationAsync("ノードAからの相談");
            var (changed, _) = await desk.UntilAsync("deskChanged");
            Assert.Equal("created", changed.GetProperty("change").GetString());
        }

        var dropped = await TerminateListenersAsync();
        Assert.Equal(2, dropped.Count);
        await ListenersBackAsync(dropped);

        await using (var desk = await DeskHubOnBAsync(cookies))
        {
            await resident.StartConsultationAsync("再接続後の相談");
            var (changed, _) = await desk.UntilAsync("deskChanged");
            Assert.Equal("created", changed.GetProperty("change").GetString());
        }
    }

    private static List<Guid> KeysOf(TestApp node) =>
        [.. node.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId)];

    // Cookies are per host, not per port, in browsers; the container is told explicitly so that the test does not rely on it.
    private static void CopyCookies(CookieContainer cookies, TestApp from, TestApp to)
    {
        foreach (Cookie c in cookies.GetCookies(from.BaseAddress))
        {
            cookies.Add(to.BaseAddress, new Cookie(c.Name, c.Value, "/"));
        }
    }

    private static string HttpFormsToken(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    // A desk connection on node B whose groups are joined: the hub answers a call only after OnConnectedAsync finished,
    // so the refusal of a method that does not exist marks that moment.
    private async Task<HubClient> DeskHubOnBAsync(CookieContainer cookies)
    {
        var desk = new HubClient(nodes.B.BaseAddress, "/hubs/desk", cookies);
        await desk.StartAsync();
        await Assert.ThrowsAsync<HubCallFailed>(() => desk.InvokeAsync("NoSuchMethod"));
        return desk;
    }

    private async Task<List<int>> TerminateListenersAsync()
    {
        await using var conn = new NpgsqlConnection(nodes.A.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            // In the select list, so that it runs only for the rows the filter kept (WHERE's order of evaluation is the planner's).
            "SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'cm_notify_listener'", conn);
        var pids = new List<int>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Assert.True(reader.GetBoolean(1));
            pids.Add(reader.GetInt32(0));
        }

        return pids;
    }

    // The listeners reconnect on their own (after about a second); their application name is set once they LISTEN again.
    private async Task ListenersBackAsync(List<int> dropped)
    {
        await using var conn = new NpgsqlConnection(nodes.A.OwnerConnectionString);
        await conn.OpenAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            await using var cmd = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'cm_notify_listener' AND NOT pid = ANY($1)", conn);
            cmd.Parameters.Add(new NpgsqlParameter { Value = dropped.ToArray() });
            if ((long)(await cmd.ExecuteScalarAsync(deadline.Token))! == 2)
            {
                return;
            }

            await Task.Delay(100, deadline.Token);
        }
    }
}
