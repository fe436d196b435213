using System.Net;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Chat;

/// <summary>The live chat hubs over real HTTP and WebSockets: who may hear which case, and what each side is told
/// (new messages, read marks, presence, typing, a counselor joining).</summary>
public sealed class ChatHubTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_resident_connection_hears_its_own_case_and_never_another_one()
    {
        var residentCookies = new CookieContainer();
        using var resident = app.Client(residentCookies);
        var mine = await resident.StartConsultationAsync("自分の相談");
        var other = await resident.StartConsultationAsync("別の相談");
        await using var hub = app.ResidentHub(mine.Token, residentCookies);
        await hub.StartAsync();
        Assert.Equal("counselor", (await hub.NextAsync()).Target);

        // There is no way to name a case: the only method that takes one is the staff hub's.
        var refused = await Assert.ThrowsAsync<HubCallFailed>(() => hub.InvokeAsync("JoinCase", Guid.NewGuid()));
        Assert.Contains("JoinCase", refused.Message, StringComparison.Ordinal);

        await resident.PostFormAsync(other.Page, new Dictionary<string, string> { ["Message"] = "別の相談への追記" });
        await resident.PostFormAsync(mine.Page, new Dictionary<string, string> { ["Message"] = "自分の相談への追記" });

        // Sent in that order by the same listener: had the other case reached this connection, it would come first.
        var (added, before) = await hub.UntilAsync("messageAdded");
        Assert.Empty(before);
        Assert.Contains(added.GetProperty("messageId").GetGuid().ToString(), await resident.GetStringAsync(new Uri(mine.Page, UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_secret_link_cannot_open_a_chat_connection()
    {
        await using var hub = app.ResidentHub(new string('A', 43));

        var refused = await Assert.ThrowsAsync<HttpRequestException>(hub.StartAsync);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task The_right_link_without_its_pin_entered_in_this_browser_cannot_open_a_chat_connection()
    {
        using var resident = app.CreateClient();
        var consultation = await resident.StartConsultationAsync("暗証番号つきの相談");
        await using var hub = app.ResidentHub(consultation.Token, new CookieContainer());

        var refused = await Assert.ThrowsAsync<HttpRequestException>(hub.StartAsync);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_staff_hub_refuses_anyone_who_is_not_signed_in_as_staff()
    {
        using var anonymous = app.CreateClient();

        var negotiate = await anonymous.PostAsync(new Uri("/hubs/chat/negotiate?negotiateVersion=1", UriKind.Relative), null);

        // Not a page: no redirect to the sign-in form, just "who are you?".
        Assert.Equal(HttpStatusCode.Unauthorized, negotiate.StatusCode);
    }

    [Fact]
    public async Task A_counselor_outside_the_cases_category_cannot_join_its_chat()
    {
        var residentCookies = new CookieContainer();
        using var resident = app.Client(residentCookies);
        var consultation = await resident.StartConsultationAsync("児童相談の内容");
        var counselorCookies = new CookieContainer();
        using var counselor = app.Client(counselorCookies);
        await counselor.SignInAsync(DemoAccounts.Counselor);
        var task = await counselor.ClaimAsync(consultation);
        var (outsider, outsiderCookies) = await app.MaternityCounselorAsync();
        using var signedInOutsider = outsider;
        await using var outside = app.StaffHub(outsiderCookies);
        await using var inside = app.StaffHub(counselorCookies);
        await outside.StartAsync();
        await inside.StartAsync();
        await using var residentHub = app.ResidentHub(consultation.Token, residentCookies);
        await residentHub.StartAsync();
        Assert.False((await residentHub.UntilAsync("counselor")).Body.GetProperty("present").GetBoolean());

        var refused = await Assert.ThrowsAsync<HubCallFailed>(() => outside.InvokeAsync("JoinCase", task.CaseId));
        var joined = await inside.InvokeAsync("JoinCase", task.CaseId);

        Assert.Contains("この相談分野の担当ではないため、操作できません。", refused.Message, StringComparison.Ordinal);
        Assert.True(joined.GetProperty("residentOnline").GetBoolean());
        // Only the counselor who was let in is announced to the resident.
        Assert.True((await residentHub.UntilAsync("counselor")).Body.GetProperty("present").GetBoolean());
    }

    [Fact]
    public async Task The_counselor_hears_presence_typing_messages_and_the_stored_read_mark_and_the_resident_hears_the_counselor_join()
    {
        var residentCookies = new CookieContainer();
        using var resident = app.Client(residentCookies);
        var consultation = await resident.StartConsultationAsync("ライブで話したい相談");
        var cookies = new CookieContainer();
        using var counselor = app.Client(cookies);
        await counselor.SignInAsync(DemoAccounts.Counselor);
        var task = await counselor.ClaimAsync(consultation);
        await using var staff = app.StaffHub(cookies);
        await staff.StartAsync();
        Assert.False((await staff.InvokeAsync("JoinCase", task.CaseId)).GetProperty("residentOnline").GetBoolean());

        var residentHub = app.ResidentHub(consultation.Token, residentCookies);
        await residentHub.StartAsync();
        Assert.True((await residentHub.UntilAsync("counselor")).Body.GetProperty("present").GetBoolean());
        Assert.True((await staff.UntilAsync("presence")).Body.GetProperty("online").GetBoolean());

        await residentHub.InvokeAsync("Typing");
        Assert.Equal("resident", (await staff.UntilAsync("typing")).Body.GetProperty("side").GetString());

        await counselor.PostFormAsync(task.Page, new Dictionary<string, string> { ["Reply"] = "こんにちは、相談員です。" }, task.Page + "?handler=Reply");
        var reply = (await residentHub.UntilAsync("messageAdded")).Body.GetProperty("messageId").GetGuid();
        Assert.Equal(reply, (await staff.UntilAsync("messageAdded")).Body.GetProperty("messageId").GetGuid());

        Assert.True((await residentHub.InvokeAsync("MarkRead", reply)).GetBoolean());
        var read = (await staff.UntilAsync("read")).Body;
        Assert.Equal(("resident", reply), (read.GetProperty("reader").GetString(), read.GetProperty("messageId").GetGuid()));
        // Stored, so a reload (or another counselor's device) shows it too.
        var state = await counselor.GetStringAsync(new Uri($"/Desk/Case/{task.CaseId}/Messages?handler=State", UriKind.Relative));
        Assert.Contains($"\"residentRead\":{{\"messageId\":\"{reply}\"", state, StringComparison.Ordinal);

        await residentHub.DisposeAsync();
        Assert.False((await staff.UntilAsync("presence")).Body.GetProperty("online").GetBoolean());
    }
}
