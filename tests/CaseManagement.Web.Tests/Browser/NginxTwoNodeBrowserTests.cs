using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>Two app nodes on one database behind a real nginx configured as deploy/nginx/upstream-two-nodes.conf
/// (issue 7 point 7): the resident and the counselor only know nginx's address, their page requests land on both
/// nodes (a sign-in on one, the next page on the other), and the consultation and the chat still reach each side
/// live.</summary>
public sealed class NginxTwoNodeBrowserTests(TwoNodes nodes, Chromium chromium) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task Behind_nginx_both_nodes_serve_pages_and_a_consultation_and_its_chat_reach_each_side_live()
    {
        await using var nginx = await NginxProxy.StartAsync(nodes.A.BaseAddress, nodes.B.BaseAddress);
        await using var desk = await chromium.DesktopAsync(nginx.BaseAddress);
        await using var phone = await chromium.PhoneAsync(nginx.BaseAddress);
        var counselor = await desk.NewPageAsync();
        await new LoginPage(counselor).SignInAsync(DemoAccounts.Counselor);
        var queue = await new DeskQueuePage(counselor).OpenAsync();
        await queue.WaitUntilLiveAsync();

        var resident = await phone.NewPageAsync();
        var consult = await (await new ResidentHomePage(resident).OpenAsync()).ChooseCategoryAsync("児童相談");
        await consult.WriteAsync("nginx の向こうから相談します。");
        var caseNumber = await (await consult.SendAsync()).CaseNumberAsync();

        await Expect(queue.Row(caseNumber)).ToContainTextAsync("未割当");
        var task = await queue.ClaimAsync(caseNumber);
        await task.OpenHistoryAsync();
        var chat = new ResidentChatPage(resident);
        var panel = new DeskChatPanel(counselor);
        try
        {
            await chat.WaitUntilAsync("connected");
            await panel.WaitUntilAsync("connected");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(e.Message + "\nnginx:\n" + nginx.Logs(), e);
        }
        await chat.SendAsync("nginx 経由のメッセージです。");
        await Expect(panel.Messages.Filter(new() { HasText = "nginx 経由のメッセージです。" })).ToHaveCountAsync(1);
        await task.ReplyAsync("相談員から返信します。");
        await Expect(chat.CounselorMessages.Filter(new() { HasText = "相談員から返信します。" })).ToHaveCountAsync(1);

        Assert.StartsWith(nginx.BaseAddress.ToString(), resident.Url, StringComparison.Ordinal);
        Assert.StartsWith(nginx.BaseAddress.ToString(), counselor.Url, StringComparison.Ordinal);
        Assert.Equal(new HashSet<int> { nodes.A.BaseAddress.Port, nodes.B.BaseAddress.Port }, nginx.PortsServing("/Desk"));
        Assert.Equal(new HashSet<int> { nodes.A.BaseAddress.Port, nodes.B.BaseAddress.Port }, nginx.PortsServing("/Resident/"));
    }
}
