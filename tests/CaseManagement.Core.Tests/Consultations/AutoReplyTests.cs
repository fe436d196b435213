using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tests.Administration;
using CaseManagement.Testing.Core;
using static CaseManagement.Testing.Core.TestClock;

namespace CaseManagement.Core.Tests.Consultations;

/// <summary>A message outside reception hours is accepted and answered at once by the category's auto-reply (once
/// per closed period); inside hours the inside-hours text, if any, answers the first message. Controlled clock:
/// 2027-04-02 is a Friday, 2027-07-19 海の日.</summary>
public sealed class AutoReplyTests(CoreTestHost host) : IClassFixture<CoreTestHost>, IAsyncLifetime
{
    private const string Closed = "消費生活センターの受付時間外です。{next} 以降に相談員がお返事します。";
    private const string Open = "ご相談を受け付けました。順番にお返事します。";

    public async ValueTask InitializeAsync()
    {
        host.Clock.Set(Jst(2027, 4, 1, 12, 0));
        if ((await host.SendAsync(TestCategories.Admin, new Core.Administration.ListCategorySummaries())).All(c => c.Code != "consumer"))
        {
            await host.CreateAsync(TestCategories.Weekdays("consumer", "消費生活") with
            {
                AutoReplyClosedJa = Closed, AutoReplyOpenJa = Open, ClosedDays = "2027-04-08 研修日",
            });
            await host.CreateAsync(TestCategories.Weekdays("plain", "既定の応答"));
        }
    }

    public ValueTask DisposeAsync()
    {
        host.Clock.Release();
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData(2027, 4, 2, 17, 15, "4月5日（月）8:30")] // 受付終了ちょうど
    [InlineData(2027, 4, 3, 10, 0, "4月5日（月）8:30")] // 土曜
    [InlineData(2027, 4, 5, 8, 29, "4月5日（月）8:30")] // 開庁1分前
    [InlineData(2027, 7, 19, 10, 0, "7月20日（火）8:30")] // 海の日
    [InlineData(2027, 4, 8, 10, 0, "4月9日（金）8:30")] // この分野の研修日
    public async Task A_message_outside_hours_is_accepted_and_answered_at_once_naming_the_next_opening(int y, int mo, int d, int h, int mi, string next)
    {
        host.Clock.Set(Jst(y, mo, d, h, mi));

        var messages = await StartAsync("consumer");

        Assert.Equal([MessageAuthor.Resident, MessageAuthor.AutoReply], messages.Select(m => m.Author));
        Assert.Equal($"消費生活センターの受付時間外です。{next} 以降に相談員がお返事します。", messages[1].Body);
        Assert.True(messages[1].SentAt > messages[0].SentAt);
    }

    [Fact]
    public async Task Without_its_own_text_the_standard_answer_names_the_next_opening()
    {
        host.Clock.Set(Jst(2027, 4, 2, 20, 0));

        var messages = await StartAsync("plain");

        Assert.Contains("ただいま受付時間外のため、4月5日（月）8:30 以降に相談員から順にお返事します。", messages[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inside_hours_the_inside_text_answers_the_first_message_only()
    {
        host.Clock.Set(Jst(2027, 4, 5, 8, 30));
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("consumer", "契約の相談です。", TestPin.Default));

        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.SendAsync(TestActor.Resident, new AddResidentMessage(started.AccessToken, "追加の情報です。", started.Grant));

        var messages = await MessagesAsync(started);
        Assert.Equal([(MessageAuthor.Resident, "契約の相談です。"), (MessageAuthor.AutoReply, Open), (MessageAuthor.Resident, "追加の情報です。")],
            messages.Select(m => (m.Author, m.Body)));
    }

    [Fact]
    public async Task Inside_hours_without_an_inside_text_nothing_answers()
    {
        host.Clock.Set(Jst(2027, 4, 5, 10, 0));

        var messages = await StartAsync("plain");

        Assert.Equal([MessageAuthor.Resident], messages.Select(m => m.Author));
    }

    [Fact]
    public async Task Several_messages_in_one_closed_period_get_one_answer_and_the_next_night_another()
    {
        host.Clock.Set(Jst(2027, 4, 2, 18, 0));
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("consumer", "夜に相談します。", TestPin.Default));
        host.Clock.Set(Jst(2027, 4, 3, 9, 0)); // 土曜: まだ同じ時間外
        await host.SendAsync(TestActor.Resident, new AddResidentMessage(started.AccessToken, "追記です。", await GrantAsync(started)));
        host.Clock.Set(Jst(2027, 4, 5, 17, 30)); // 月曜の受付終了後: 次の時間外
        await host.SendAsync(TestActor.Resident, new AddResidentMessage(started.AccessToken, "もう一度。", await GrantAsync(started)));

        var messages = await MessagesAsync(started with { Grant = await GrantAsync(started) });

        Assert.Equal([MessageAuthor.Resident, MessageAuthor.AutoReply, MessageAuthor.Resident, MessageAuthor.Resident, MessageAuthor.AutoReply],
            messages.Select(m => m.Author));
        Assert.Contains("4月6日（火）8:30", messages[4].Body, StringComparison.Ordinal);
    }

    // The PIN entered again: a grant lasts an hour, and these tests jump days.
    private async Task<string?> GrantAsync(StartedConsultation started) =>
        (await host.SendAsync(TestActor.Resident, new Core.Cases.UnlockConsultationLink(started.AccessToken, TestPin.Default))).Grant;

    private async Task<IReadOnlyList<MessageView>> StartAsync(string category) =>
        await MessagesAsync(await host.SendAsync(TestActor.Resident, new StartConsultation(category, "相談です。", TestPin.Default)));

    private async Task<IReadOnlyList<MessageView>> MessagesAsync(StartedConsultation started) =>
        (await host.SendAsync(TestActor.Resident, new GetConsultation(started.AccessToken, started.Grant))).Messages;
}
