using CaseManagement.Core.Administration;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Consultations;
using CaseManagement.Testing.Core;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using static CaseManagement.Testing.Core.TestClock;

namespace CaseManagement.Core.Tests.Administration;

/// <summary>Admins publish notices and maintenance windows for a period; in a maintenance window residents can read
/// but neither start a consultation nor send a message.</summary>
public sealed class NoticeTests(CoreTestHost host) : IClassFixture<CoreTestHost>, IAsyncLifetime
{
    public ValueTask InitializeAsync()
    {
        host.Clock.Set(Jst(2027, 4, 5, 10, 0));
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        host.Clock.Release();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_notice_shows_only_within_its_period()
    {
        var id = await PublishAsync(NoticeKind.Notice, "窓口の受付時間が変わります", Jst(2027, 4, 6, 9, 0), Jst(2027, 4, 8, 0, 0));

        Assert.DoesNotContain(await CurrentAsync(), n => n.Id == id);
        host.Clock.Set(Jst(2027, 4, 6, 9, 0));
        Assert.Contains(await CurrentAsync(), n => n.Id == id && n.TitleJa == "窓口の受付時間が変わります");
        host.Clock.Set(Jst(2027, 4, 8, 0, 0));
        Assert.DoesNotContain(await CurrentAsync(), n => n.Id == id);
    }

    [Fact]
    public async Task A_maintenance_window_makes_the_resident_area_read_only_and_ends_on_time()
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "メンテナンス前の相談", TestPin.Default));
        await PublishAsync(NoticeKind.Maintenance, "システムメンテナンス", Jst(2027, 4, 5, 10, 30), Jst(2027, 4, 5, 10, 45));
        host.Clock.Set(Jst(2027, 4, 5, 10, 30));
        var messages = await host.QueryAsync(db => db.CaseMessages.CountAsync());

        var start = await Assert.ThrowsAsync<ConflictException>(() => host.SendAsync(TestActor.Resident, new StartConsultation("child", "メンテナンス中の相談", TestPin.Default)));
        var add = await Assert.ThrowsAsync<ConflictException>(() => host.SendAsync(TestActor.Resident, new AddResidentMessage(started.AccessToken, "追記", started.Grant)));

        Assert.Equal("ただいまメンテナンス中のため、新しい相談やメッセージの送信はできません。終了までお待ちください。", start.Message);
        Assert.Equal(start.Message, add.Message);
        Assert.Equal(messages, await host.QueryAsync(db => db.CaseMessages.CountAsync()));
        Assert.Equal("メンテナンス前の相談", (await host.SendAsync(TestActor.Resident, new GetConsultation(started.AccessToken, started.Grant))).Messages[0].Body);
        Assert.Equal("システムメンテナンス", (await host.SendAsync(TestActor.Resident, new GetMaintenance()))?.TitleJa);

        host.Clock.Set(Jst(2027, 4, 5, 10, 45));
        Assert.Null(await host.SendAsync(TestActor.Resident, new GetMaintenance()));
        await host.SendAsync(TestActor.Resident, new AddResidentMessage(started.AccessToken, "メンテナンス後の追記", started.Grant));
    }

    [Fact]
    public async Task An_admin_can_end_a_maintenance_window_early_or_withdraw_a_notice()
    {
        var id = await PublishAsync(NoticeKind.Maintenance, "緊急メンテナンス", Jst(2027, 4, 5, 9, 0), Jst(2027, 4, 5, 18, 0));
        Assert.NotNull(await host.SendAsync(TestActor.Resident, new GetMaintenance()));

        var notice = await host.SendAsync(TestCategories.Admin, new GetNotice(id));
        await host.SendAsync(TestCategories.Admin, new UpdateNotice(id, Input(notice.Kind, notice.TitleJa, notice.StartsAt, Jst(2027, 4, 5, 10, 0))));
        Assert.Null(await host.SendAsync(TestActor.Resident, new GetMaintenance()));

        await host.SendAsync(TestCategories.Admin, new WithdrawNotice(id));
        Assert.DoesNotContain(await host.SendAsync(TestCategories.Admin, new ListNotices()), n => n.Id == id);
    }

    [Fact]
    public async Task A_notice_without_a_title_or_ending_before_it_starts_is_refused_in_Japanese()
    {
        var before = await host.QueryAsync(db => db.Notices.CountAsync());

        var e = await Assert.ThrowsAsync<ValidationException>(() => host.SendAsync(TestCategories.Admin,
            new PublishNotice(Input(NoticeKind.Notice, " ", Jst(2027, 4, 6, 9, 0), Jst(2027, 4, 6, 8, 0)))));
        var missing = await Assert.ThrowsAsync<ValidationException>(() => host.SendAsync(TestCategories.Admin,
            new PublishNotice(new NoticeInput { TitleJa = "期間なし" })));

        Assert.Equal(["タイトル（日本語）を入力してください。", "掲載終了日時は掲載開始日時より後にしてください。"], e.Errors.Select(x => x.ErrorMessage));
        Assert.Contains("掲載開始日時を入力してください（例: 2026-04-01 09:00）。", missing.Errors.Select(x => x.ErrorMessage));
        Assert.Equal(before, await host.QueryAsync(db => db.Notices.CountAsync()));
    }

    [Fact]
    public async Task Only_admins_publish_notices()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Ichiro,
            new PublishNotice(Input(NoticeKind.Notice, "権限なし", Jst(2027, 4, 6, 9, 0), Jst(2027, 4, 7, 9, 0)))));
    }

    private Task<Guid> PublishAsync(NoticeKind kind, string title, DateTimeOffset starts, DateTimeOffset ends) =>
        host.SendAsync(TestCategories.Admin, new PublishNotice(Input(kind, title, starts, ends)));

    private Task<IReadOnlyList<NoticeView>> CurrentAsync() => host.SendAsync(TestActor.Resident, new ListCurrentNotices());

    private static NoticeInput Input(NoticeKind kind, string title, DateTimeOffset starts, DateTimeOffset ends) =>
        new() { Kind = kind, TitleJa = title, BodyJa = title + "の本文", StartsAt = starts, EndsAt = ends };
}
