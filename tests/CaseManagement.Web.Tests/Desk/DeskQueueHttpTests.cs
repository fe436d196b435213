using System.Net;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Desk;

/// <summary>The desk hub and the queue fragment over real HTTP: staff of the desk only; the escalation queue only
/// for supervisors.</summary>
public sealed class DeskQueueHttpTests(TestApp app) : IClassFixture<TestApp>
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("auditor", false)]
    [InlineData("counselor", true)]
    [InlineData("supervisor", true)]
    public async Task Only_desk_staff_may_connect_to_the_desk_hub(string? role, bool allowed)
    {
        using var client = app.CreateClient();
        if (role is not null)
        {
            await client.SignInAsync(role == "auditor" ? DemoAccounts.Auditor : role == "counselor" ? DemoAccounts.Counselor : DemoAccounts.Supervisor);
        }

        var response = await client.PostAsync(new Uri("/hubs/desk/negotiate?negotiateVersion=1", UriKind.Relative), null);

        Assert.Equal(allowed, response.StatusCode == HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_rows_fragment_is_the_queue_without_the_layout()
    {
        using var client = app.CreateClient();
        await client.SignInAsync(DemoAccounts.Counselor);

        var html = await client.GetStringAsync(new Uri("/Desk?handler=Rows", UriKind.Relative));

        Assert.Contains("data-testid=\"queues\"", html, StringComparison.Ordinal);
        Assert.Contains("自分の担当", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supervisors_see_the_escalation_queues_and_counselors_do_not()
    {
        using var supervisor = app.CreateClient();
        await supervisor.SignInAsync(DemoAccounts.Supervisor);
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);

        var forSupervisor = await supervisor.GetStringAsync(new Uri("/Desk", UriKind.Relative));
        var forCounselor = await counselor.GetStringAsync(new Uri("/Desk", UriKind.Relative));

        Assert.Contains("data-queue=\"supervisors:child\"", forSupervisor, StringComparison.Ordinal);
        Assert.Contains("エスカレーション：児童相談", forSupervisor, StringComparison.Ordinal);
        Assert.DoesNotContain("supervisors:", forCounselor, StringComparison.Ordinal);
    }
}
