using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;
using CaseManagement.Core.Tests.Administration;
using CaseManagement.Testing.Core;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using static CaseManagement.Testing.Core.TestClock;

namespace CaseManagement.Core.Tests.Cases;

/// <summary>An anonymous consultation's secret link opens only with the PIN the resident chose: wrong PINs are
/// refused and audited, five in a row lock the link for 15 minutes, a link expires 90 days after the case closes.</summary>
public sealed class ConsultationPinTests(CoreTestHost host) : IClassFixture<CoreTestHost>, IAsyncLifetime
{
    private static readonly DateTimeOffset Start = Jst(2027, 4, 5, 10, 0);

    public ValueTask InitializeAsync()
    {
        host.Clock.Set(Start);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        host.Clock.Release();
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData(null, "暗証番号は4〜8桁の数字で入力してください。")]
    [InlineData("123", "暗証番号は4〜8桁の数字で入力してください。")]
    [InlineData("123456789", "暗証番号は4〜8桁の数字で入力してください。")]
    [InlineData("12a4", "暗証番号は4〜8桁の数字で入力してください。")]
    [InlineData("0000", "同じ数字の繰り返しや連番（0000、1234 など）は暗証番号に使えません。")]
    [InlineData("98765", "同じ数字の繰り返しや連番（0000、1234 など）は暗証番号に使えません。")]
    public async Task A_consultation_needs_a_PIN_of_4_to_8_digits_that_is_not_obvious(string? pin, string message)
    {
        var before = await host.QueryAsync(db => db.Cases.CountAsync());

        var e = await Assert.ThrowsAsync<ValidationException>(() => host.SendAsync(TestActor.Resident, new StartConsultation("child", "相談です。", pin)));

        Assert.Contains(message, e.Errors.Select(x => x.ErrorMessage));
        Assert.Equal(before, await host.QueryAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task The_PIN_typed_twice_must_match()
    {
        var e = await Assert.ThrowsAsync<ValidationException>(() => host.SendAsync(TestActor.Resident, new StartConsultation("child", "相談です。", "2580", "2581")));

        Assert.Contains("確認のために入力した暗証番号が一致しません。", e.Errors.Select(x => x.ErrorMessage));
    }

    [Fact]
    public async Task The_PIN_is_stored_only_as_a_salted_hash()
    {
        var a = await StartAsync();
        var b = await StartAsync();

        var hashes = await host.QueryAsync(db => db.Cases.Where(c => c.Id == a.CaseId || c.Id == b.CaseId).Select(c => c.PinHash!).ToListAsync());
        Assert.All(hashes, h => Assert.StartsWith("pbkdf2-sha256$", h, StringComparison.Ordinal));
        Assert.All(hashes, h => Assert.DoesNotContain(TestPin.Default, h, StringComparison.Ordinal));
        Assert.NotEqual(hashes[0], hashes[1]);
    }

    [Fact]
    public async Task The_link_alone_does_not_open_the_consultation_the_PIN_does()
    {
        var started = await StartAsync();

        Assert.Equal(LinkState.PinRequired, (await host.SendAsync(TestActor.Resident, new GetLinkStatus(started.AccessToken))).State);
        var e = await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(TestActor.Resident, new GetConsultation(started.AccessToken)));
        Assert.Equal("この相談を開くには暗証番号の入力が必要です。", e.Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(TestActor.Resident, new AddResidentMessage(started.AccessToken, "追記", "1999999999.forged")));

        var check = await host.SendAsync(TestActor.Resident, new UnlockConsultationLink(started.AccessToken, TestPin.Default));

        Assert.Equal(PinOutcome.Accepted, check.Outcome);
        Assert.Equal(LinkState.Open, (await host.SendAsync(TestActor.Resident, new GetLinkStatus(started.AccessToken, check.Grant))).State);
        Assert.Equal("相談です。", (await host.SendAsync(TestActor.Resident, new GetConsultation(started.AccessToken, check.Grant))).Messages[0].Body);
    }

    [Fact]
    public async Task A_PIN_entry_lasts_an_hour_and_belongs_to_its_own_link()
    {
        var started = await StartAsync();
        var other = await StartAsync();

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(TestActor.Resident, new GetConsultation(other.AccessToken, started.Grant)));
        host.Clock.Advance(TimeSpan.FromMinutes(59));
        await host.SendAsync(TestActor.Resident, new GetConsultation(started.AccessToken, started.Grant));
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(TestActor.Resident, new GetConsultation(started.AccessToken, started.Grant)));
    }

    [Fact]
    public async Task A_wrong_PIN_is_refused_counted_and_audited_as_refused()
    {
        var started = await StartAsync();

        var check = await host.SendAsync(TestActor.Resident, new UnlockConsultationLink(started.AccessToken, "9999"));

        Assert.Equal((PinOutcome.Wrong, (string?)null, 4), (check.Outcome, check.Grant, check.AttemptsLeft));
        var audit = await host.QueryAsync(db => db.AuditLog.Where(a => a.Action == nameof(UnlockConsultationLink) && a.Target == "case:" + started.CaseId).ToListAsync());
        Assert.Equal(("refused", "WrongPin", "192.0.2.10"), (Assert.Single(audit).Outcome, audit[0].Detail, audit[0].Ip));
        Assert.DoesNotContain(await host.QueryAsync(db => db.AuditLog.Select(a => a.Target + " " + a.Detail).ToListAsync()), t => t.Contains(started.AccessToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Five_wrong_PINs_lock_the_link_for_15_minutes_even_against_the_right_PIN()
    {
        var started = await StartAsync();
        for (var i = 1; i <= 4; i++)
        {
            Assert.Equal(5 - i, (await UnlockAsync(started, "1357")).AttemptsLeft);
        }

        var fifth = await UnlockAsync(started, "1357");
        Assert.Equal((PinOutcome.Locked, Start + TimeSpan.FromMinutes(15)), (fifth.Outcome, fifth.LockedUntil));

        host.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(PinOutcome.Locked, (await UnlockAsync(started, TestPin.Default)).Outcome);
        Assert.Equal(LinkState.Locked, (await host.SendAsync(TestActor.Resident, new GetLinkStatus(started.AccessToken))).State);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(PinOutcome.Accepted, (await UnlockAsync(started, TestPin.Default)).Outcome);

        var audit = await host.QueryAsync(db => db.AuditLog.Where(a => a.Action == nameof(UnlockConsultationLink) && a.Target == "case:" + started.CaseId)
            .OrderBy(a => a.Id).Select(a => a.Outcome + " " + a.Detail).ToListAsync());
        Assert.Equal(7, audit.Count);
        Assert.StartsWith("refused WrongPin; locked until", audit[4], StringComparison.Ordinal);
        Assert.Equal(["refused PinLocked", "succeeded "], audit[5..]);
    }

    [Fact]
    public async Task The_lock_counts_wrong_PINs_in_a_row_a_right_one_starts_again()
    {
        var started = await StartAsync();
        for (var i = 0; i < 4; i++)
        {
            await UnlockAsync(started, "1357");
        }

        await UnlockAsync(started, TestPin.Default);

        var next = await UnlockAsync(started, "1357");
        Assert.Equal((PinOutcome.Wrong, 4), (next.Outcome, next.AttemptsLeft));
    }

    [Fact]
    public async Task A_link_expires_90_days_after_the_consultation_closes()
    {
        var started = await StartAsync();
        var task = (await host.SendAsync(host.Hanako, new ListDeskQueue())).Single(t => t.CaseId == started.CaseId);
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));
        await host.SendAsync(host.Hanako, new CompleteTask(task.TaskId, new Dictionary<string, object?> { ["followUp"] = false }));

        host.Clock.Advance(TimeSpan.FromDays(90) - TimeSpan.FromMinutes(1));
        var grant = (await UnlockAsync(started, TestPin.Default)).Grant;
        Assert.Equal(CaseStatus.Closed, (await host.SendAsync(TestActor.Resident, new GetConsultation(started.AccessToken, grant))).Case.Status);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(LinkState.Expired, (await host.SendAsync(TestActor.Resident, new GetLinkStatus(started.AccessToken, grant))).State);
        var e = await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(TestActor.Resident, new GetConsultation(started.AccessToken, grant)));
        Assert.Contains("有効期限が切れています", e.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<NotFoundException>(() => UnlockAsync(started, TestPin.Default));
    }

    [Fact]
    public async Task A_category_without_anonymous_consultation_refuses_it()
    {
        await host.CreateAsync(TestCategories.Weekdays("signed-in-only", "サインイン必須") with { AllowAnonymous = false });

        var e = await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(TestActor.Resident, new StartConsultation("signed-in-only", "相談です。", TestPin.Default)));

        Assert.Equal("この相談分野は、サインインしてからご相談いただけます。", e.Message);
    }

    private Task<StartedConsultation> StartAsync() =>
        host.SendAsync(TestActor.Resident, new StartConsultation("child", "相談です。", TestPin.Default, TestPin.Default));

    private Task<PinCheck> UnlockAsync(StartedConsultation started, string pin) =>
        host.SendAsync(TestActor.Resident, new UnlockConsultationLink(started.AccessToken, pin));
}
