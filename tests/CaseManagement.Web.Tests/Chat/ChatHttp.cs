using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.Core.Administration;
using CaseManagement.Core.Common.Security;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Web;
using CaseManagement.Web.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Web.Tests.Chat;

/// <summary>Arranging chats over real HTTP, as browsers would: a resident's consultation, a counselor's claimed task,
/// hub connections carrying each one's cookies.</summary>
internal static partial class ChatHttp
{
    public sealed record Consultation(string Token, string CaseNumber)
    {
        public string Page => "/Resident/Consultation/" + Token;
    }

    public sealed record ClaimedTask(Guid TaskId, Guid CaseId)
    {
        public string Page => "/Desk/Task/" + TaskId;
    }

    /// <summary>A client with its own cookie jar that does not follow redirects (tests look at them).</summary>
    public static HttpClient Client(this TestApp app, CookieContainer cookies) =>
#pragma warning disable CA2000 // the client owns its handler
        new(new HttpClientHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false }, disposeHandler: true) { BaseAddress = app.BaseAddress };
#pragma warning restore CA2000

    public static async Task<Consultation> StartConsultationAsync(this HttpClient resident, string message)
    {
        var started = await resident.PostFormAsync("/Resident/Consult/child",
            new Dictionary<string, string> { ["Message"] = message, ["Pin"] = TestPin.Default, ["PinConfirmation"] = TestPin.Default });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var token = SecretLink().Match(started.Headers.Location!.OriginalString).Groups[1].Value;
        var page = await resident.GetStringAsync(new Uri("/Resident/Consultation/" + token, UriKind.Relative));
        return new Consultation(token, CaseNumber().Match(page).Groups[1].Value);
    }

    /// <summary>The counselor claims the consultation's task and opens the history, so that they may write.</summary>
    public static async Task<ClaimedTask> ClaimAsync(this HttpClient counselor, Consultation consultation)
    {
        var queue = await counselor.GetStringAsync(new Uri("/Desk", UriKind.Relative));
        var row = Regex.Match(queue, $"data-case-number=\"{consultation.CaseNumber}\"[\\s\\S]*?/Desk/Task/([0-9a-f-]{{36}})");
        var page = "/Desk/Task/" + row.Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await counselor.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Claim")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await counselor.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=HistoryViewed")).StatusCode);
        var html = await counselor.GetStringAsync(new Uri(page, UriKind.Relative));
        return new ClaimedTask(Guid.Parse(row.Groups[1].Value), Guid.Parse(ChatCase().Match(html).Groups[1].Value));
    }

    /// <summary>The resident's hub, with the resident's cookies (the PIN grant of the link rides along).</summary>
    public static HubClient ResidentHub(this TestApp app, string token, CookieContainer? cookies = null) =>
        new(app.BaseAddress, $"/Resident/Consultation/{token}/hub", cookies);

    public static HubClient StaffHub(this TestApp app, CookieContainer cookies) => new(app.BaseAddress, "/hubs/chat", cookies);

    /// <summary>A counselor who works only 妊産婦・育児相談 (maternity), signed in.</summary>
    public static async Task<(HttpClient Client, CookieContainer Cookies)> MaternityCounselorAsync(this TestApp app)
    {
        const string password = "Maternity#2026";
        var name = "maternity-" + Guid.NewGuid().ToString("N")[..8];
        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemActor();
            var user = new StaffUser { Id = Guid.CreateVersion7(), UserName = name, Email = name + "@demo.city.example.jp", EmailConfirmed = true, DisplayName = "母子 美咲" };
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Counselor)).Succeeded);
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new EnsureStaffMember(user.Id, user.DisplayName, ["maternity"]));
        }

        var cookies = new CookieContainer();
        var client = app.Client(cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync((name, password))).StatusCode);
        return (client, cookies);
    }

    /// <summary>The antiforgery token of the chat panel on a page (for posting files and read marks).</summary>
    public static async Task<string> ChatTokenAsync(this HttpClient client, string page) =>
        PanelToken().Match(await client.GetStringAsync(new Uri(page, UriKind.Relative))).Groups[1].Value;

    [GeneratedRegex("/Resident/Consultation/([A-Za-z0-9_-]{43})")]
    private static partial Regex SecretLink();

    [GeneratedRegex("data-testid=\"case-number\">([^<]+)<")]
    private static partial Regex CaseNumber();

    [GeneratedRegex("data-chat-case=\"([0-9a-f-]{36})\"")]
    private static partial Regex ChatCase();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\" data-chat-antiforgery")]
    private static partial Regex PanelToken();
}
