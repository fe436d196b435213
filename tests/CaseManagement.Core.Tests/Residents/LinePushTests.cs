using CaseManagement.Core.Consultations;
using CaseManagement.Core.Residents.Line;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Line;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Residents;

/// <summary>When a counselor replies to a resident who came through LINE, LINE gets a push saying only that a reply
/// is waiting, with a link; delivered after commit by the outbox, to a fake LINE server over real HTTP that records
/// everything — and never receives a word of the consultation.</summary>
public sealed class LinePushTests : IClassFixture<CoreTestHost>, IClassFixture<FakeLineServer>
{
    private const string Site = "https://soudan.example.lg.jp";
    private readonly CoreTestHost host;
    private readonly FakeLineServer line;

    public LinePushTests(CoreTestHost host, FakeLineServer line)
    {
        this.host = host;
        this.line = line;
        var o = line.Options(Site);
        host.Line.ApiBaseUrl = o.ApiBaseUrl;
        host.Line.SiteUrl = o.SiteUrl;
        host.Line.MessagingChannelSecret = o.MessagingChannelSecret;
        host.Line.MessagingAccessToken = o.MessagingAccessToken;
    }

    [Fact]
    public async Task A_reply_to_a_LINE_resident_is_announced_by_a_push_with_only_the_notice_and_the_link()
    {
        // given a resident who signed in with LINE and consulted, with a marker only this consultation contains
        // an ASCII marker: it survives the JSON escaping of Japanese on the way to LINE, so a leak could not hide
        var marker = Guid.NewGuid().ToString("N");
        var lineUser = FakeLineServer.NewUserId();
        var resident = await host.SignInWithLineAsync(lineUser);
        var started = await host.SendAsync(resident, new StartConsultation("child", marker + " 子どものことで悩んでいます。", TestPin.Default, TestPin.Default));

        // when the counselor replies, quoting the marker
        var messageId = await ReplyAsync(started.CaseId, "ご相談ありがとうございます。" + marker + " についてお答えします。");
        await host.DeliverOutboxAsync();

        // then LINE received one push: to that user, with the notice and the link to the case, keyed by the message
        var push = await line.WaitForAsync(r => r.PathAndQuery == "/v2/bot/message/push" && r.Body.Contains(lineUser, StringComparison.Ordinal));
        Assert.Equal("Bearer " + FakeLineServer.AccessToken, push.Headers["Authorization"]);
        Assert.Equal(messageId.ToString(), push.Headers["X-Line-Retry-Key"]);
        using var json = System.Text.Json.JsonDocument.Parse(push.Body);
        var text = Assert.Single(json.RootElement.GetProperty("messages").EnumerateArray()).GetProperty("text").GetString();
        Assert.Equal("相談員から返信が届いています。次のリンクからご確認ください。\n" + Site + "/Resident/Mine/" + started.CaseId, text);
        Assert.DoesNotContain(line.Requests, r => r.Everything.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Residents_without_LINE_get_no_push()
    {
        var byMail = await host.SignInWithEmailAsync($"m{Guid.NewGuid():N}"[..10] + "@example.jp");
        var withMail = await host.SendAsync(byMail, new StartConsultation("child", "メールでサインインした人の相談", TestPin.Default, TestPin.Default));
        var anonymous = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "匿名の相談", TestPin.Default, TestPin.Default));
        var before = await PushRowsAsync();

        await ReplyAsync(withMail.CaseId, "メールの方への返信");
        await ReplyAsync(anonymous.CaseId, "匿名の方への返信");

        Assert.Equal(before, await PushRowsAsync());
    }

    [Fact]
    public async Task A_push_LINE_could_not_take_is_sent_again_later_with_the_same_retry_key()
    {
        var lineUser = FakeLineServer.NewUserId();
        var resident = await host.SignInWithLineAsync(lineUser);
        var started = await host.SendAsync(resident, new StartConsultation("child", "LINE が止まっているときの相談", TestPin.Default, TestPin.Default));
        var messageId = await ReplyAsync(started.CaseId, "返信です。");
        var key = "line-push:" + messageId;

        // LINE is down: the row stays, with the error
        line.FailNextMessages(1);
        await host.DeliverOutboxAsync();
        Assert.Equal((1, false), await RowAsync(key));

        // after the back-off it goes out
        host.Clock.Advance(TimeSpan.FromSeconds(3));
        await host.DeliverOutboxAsync();
        Assert.Equal((2, true), await RowAsync(key));
        var pushes = line.Requests.Where(r => r.PathAndQuery == "/v2/bot/message/push" && r.Body.Contains(lineUser, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, pushes.Count);
        Assert.Single(pushes.Select(p => p.Headers["X-Line-Retry-Key"]).Distinct());
    }

    private Task<int> PushRowsAsync() =>
        host.QueryAsync(db => db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM wf_outbox WHERE kind = 'line-push'").SingleAsync());

    private async Task<Guid> ReplyAsync(Guid caseId, string text)
    {
        var task = (await host.SendAsync(host.Hanako, new ListDeskQueue())).Single(t => t.CaseId == caseId);
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));
        await host.SendAsync(host.Hanako, new MarkHistoryViewed(task.TaskId));
        return await host.SendAsync(host.Hanako, new ReplyToResident(caseId, text));
    }

    private Task<(int Attempts, bool Delivered)> RowAsync(string key) => host.QueryAsync(async db =>
    {
        var rows = await db.Database.SqlQuery<OutboxState>(
            $"SELECT attempts AS \"Attempts\", delivered_at IS NOT NULL AS \"Delivered\" FROM wf_outbox WHERE idempotency_key = {key}").ToListAsync();
        var row = Assert.Single(rows);
        return (row.Attempts, row.Delivered);
    });

    private sealed record OutboxState(int Attempts, bool Delivered);
}
