using System.Text.Json;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Consultations;
using CaseManagement.Testing.Core;
using Npgsql;

namespace CaseManagement.Core.Tests.Consultations;

/// <summary>既読: each side's read mark is stored (so it survives reloads and devices), only moves forward, only
/// names a message of the same case, and is announced on case_chat after commit with ids only.</summary>
public sealed class ReadMarkTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task The_residents_read_mark_is_stored_and_staff_see_it_in_the_chat_state()
    {
        var c = await host.ClaimedChildCaseAsync();
        var reply = await host.SendAsync(host.Hanako, new ReplyToResident(c.CaseId, "お返事です。"));

        Assert.True(await host.SendAsync(TestActor.Resident, new MarkReadByResident(c.Token, reply, c.Grant)));

        var state = await host.SendAsync(host.Taro, new GetCaseChatState(c.CaseId));
        Assert.Equal(reply, state.LastMessageId);
        Assert.Equal(reply, state.ResidentRead?.MessageId);
        Assert.Null(state.StaffRead);
        Assert.Equal(reply, (await host.SendAsync(host.Hanako, new GetCaseChat(c.CaseId))).State.ResidentRead?.MessageId);
    }

    [Fact]
    public async Task A_read_mark_never_moves_back_to_an_older_message()
    {
        var c = await host.ClaimedChildCaseAsync();
        var first = await host.SendAsync(host.Hanako, new ReplyToResident(c.CaseId, "一通目"));
        var second = await host.SendAsync(host.Hanako, new ReplyToResident(c.CaseId, "二通目"));
        await host.SendAsync(TestActor.Resident, new MarkReadByResident(c.Token, second, c.Grant));

        var moved = await host.SendAsync(TestActor.Resident, new MarkReadByResident(c.Token, first, c.Grant));

        Assert.False(moved);
        Assert.Equal(second, (await host.SendAsync(TestActor.Resident, new GetResidentChatState(c.Token, c.Grant))).ResidentRead?.MessageId);
    }

    [Fact]
    public async Task Staff_reading_the_residents_message_is_what_the_resident_sees_as_read()
    {
        var c = await host.ClaimedChildCaseAsync("既読を確認したい相談");
        var mine = await host.SendAsync(TestActor.Resident, new AddResidentMessage(c.Token, "追加の相談です。", c.Grant));

        await host.SendAsync(host.Ichiro, new MarkReadByStaff(c.CaseId, mine));

        var state = await host.SendAsync(TestActor.Resident, new GetResidentChatState(c.Token, c.Grant));
        Assert.Equal(mine, state.StaffRead?.MessageId);
        Assert.Null(state.ResidentRead);
    }

    [Fact]
    public async Task A_message_of_another_case_cannot_be_marked_read()
    {
        var mine = await host.ClaimedChildCaseAsync();
        var other = await host.ClaimedChildCaseAsync();
        var foreign = await host.SendAsync(host.Hanako, new ReplyToResident(other.CaseId, "別の相談への返信"));

        var refused = await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(TestActor.Resident, new MarkReadByResident(mine.Token, foreign, mine.Grant)));

        Assert.Equal("そのメッセージはこの相談にありません。", refused.Message);
        Assert.Null((await host.SendAsync(TestActor.Resident, new GetResidentChatState(mine.Token, mine.Grant))).ResidentRead);
    }

    [Fact]
    public async Task Staff_outside_the_cases_category_can_neither_mark_nor_read_its_chat()
    {
        var c = await host.ClaimedChildCaseAsync();
        var reply = await host.SendAsync(host.Hanako, new ReplyToResident(c.CaseId, "お返事です。"));

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Misaki, new MarkReadByStaff(c.CaseId, reply)));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Misaki, new GetCaseChatState(c.CaseId)));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Misaki, new GetCaseChat(c.CaseId)));
        Assert.Null((await host.SendAsync(host.Hanako, new GetCaseChatState(c.CaseId))).StaffRead);
    }

    [Fact]
    public async Task New_messages_and_read_marks_are_announced_after_commit_with_ids_and_never_the_text()
    {
        var c = await host.ClaimedChildCaseAsync();
        await using var listener = await Listener.StartAsync(host.ConnectionString);

        var reply = await host.SendAsync(host.Hanako, new ReplyToResident(c.CaseId, "通知に載ってはいけない本文"));
        await host.SendAsync(TestActor.Resident, new MarkReadByResident(c.Token, reply, c.Grant));

        var payloads = await listener.NextAsync(2);
        Assert.All(payloads, p => Assert.DoesNotContain("本文", p, StringComparison.Ordinal));
        var message = JsonDocument.Parse(payloads[0]).RootElement;
        Assert.Equal(("message", c.CaseId, reply, "staff"),
            (message.GetProperty("kind").GetString(), message.GetProperty("caseId").GetGuid(), message.GetProperty("messageId").GetGuid(), message.GetProperty("author").GetString()));
        var read = JsonDocument.Parse(payloads[1]).RootElement;
        Assert.Equal(("read", c.CaseId, reply, "resident"),
            (read.GetProperty("kind").GetString(), read.GetProperty("caseId").GetGuid(), read.GetProperty("messageId").GetGuid(), read.GetProperty("reader").GetString()));
    }

    /// <summary>LISTEN case_chat on its own connection; awaits payloads instead of sleeping.</summary>
    private sealed class Listener : IAsyncDisposable
    {
        private readonly NpgsqlConnection connection;
        private readonly List<string> payloads = [];

        private Listener(NpgsqlConnection connection) => this.connection = connection;

        public static async Task<Listener> StartAsync(string connectionString)
        {
            var listener = new Listener(new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString));
            await listener.connection.OpenAsync();
            listener.connection.Notification += (_, e) => listener.payloads.Add(e.Payload);
            await using var listen = new NpgsqlCommand("LISTEN case_chat", listener.connection);
            await listen.ExecuteNonQueryAsync();
            return listener;
        }

        public async Task<IReadOnlyList<string>> NextAsync(int count)
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (payloads.Count < count)
            {
                await connection.WaitAsync(deadline.Token);
            }

            return payloads;
        }

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
