using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tests.Administration;
using CaseManagement.Testing.Core;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Residents;

/// <summary>A signed-in resident's consultations are theirs: linked when started, listed under わたしの相談, and
/// closed to every other resident (refused and audited).</summary>
public sealed class ResidentCasesTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task A_consultation_started_while_signed_in_belongs_to_the_resident_and_is_listed_as_theirs()
    {
        var me = await SignedInResidentAsync();

        var started = await host.SendAsync(me, new StartConsultation("child", "サインインしてからの相談です。", TestPin.Default, TestPin.Default));
        var anonymous = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "匿名の相談です。", TestPin.Default, TestPin.Default));

        var mine = await host.SendAsync(me, new ListResidentCases());
        Assert.Equal([started.CaseNumber], mine.Select(c => c.CaseNumber));
        Assert.Equal(me.ResidentId, await host.QueryAsync(db => db.Cases.Where(c => c.Id == started.CaseId).Select(c => c.ResidentId).SingleAsync()));
        Assert.Null(await host.QueryAsync(db => db.Cases.Where(c => c.Id == anonymous.CaseId).Select(c => c.ResidentId).SingleAsync()));
        var view = await host.SendAsync(me, new GetMyConsultation(started.CaseId));
        Assert.Equal("サインインしてからの相談です。", Assert.Single(view.Messages, m => m.Author != MessageAuthor.AutoReply).Body);
    }

    [Fact]
    public async Task Another_resident_cannot_open_or_write_to_the_case_and_the_attempt_is_audited_once()
    {
        var owner = await SignedInResidentAsync();
        var other = await SignedInResidentAsync();
        var started = await host.SendAsync(owner, new StartConsultation("child", "ほかの人には見せたくない相談", TestPin.Default, TestPin.Default));

        var read = await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(other, new GetMyConsultation(started.CaseId)));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(other, new AddMyMessage(started.CaseId, "割り込み")));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(TestActor.Resident, new GetMyConsultation(started.CaseId)));

        Assert.Equal("この相談を見ることはできません。ご自分の相談は「わたしの相談」から開いてください。", read.Message);
        Assert.DoesNotContain(await host.SendAsync(other, new ListResidentCases()), c => c.Id == started.CaseId);
        var refusals = await host.QueryAsync(db => db.AuditLog.Where(a => a.Target == "case:" + started.CaseId && a.Outcome == "refused").ToListAsync());
        Assert.Equal(2, refusals.Count(a => a.Actor == "resident:" + other.ResidentId));
        // the read is recorded by the query that refused it, once, however deeply it was nested
        Assert.Contains(refusals, a => a.Action == nameof(GetResidentCase) && a.Ip == other.IpAddress);
        Assert.Contains(refusals, a => a.Action == nameof(AddMyMessage));
        Assert.Single(refusals, a => a.Actor == "resident:anonymous");
        Assert.Single((await host.SendAsync(owner, new GetMyConsultation(started.CaseId))).Messages, m => m.Author != MessageAuthor.AutoReply);
    }

    [Fact]
    public async Task The_resident_writes_again_in_their_own_open_case()
    {
        var me = await SignedInResidentAsync();
        var started = await host.SendAsync(me, new StartConsultation("maternity", "最初の相談", TestPin.Default, TestPin.Default));

        await host.SendAsync(me, new AddMyMessage(started.CaseId, "  追加で相談です。  "));

        var view = await host.SendAsync(me, new GetMyConsultation(started.CaseId));
        Assert.Equal(["最初の相談", "追加で相談です。"], view.Messages.Where(m => m.Author != MessageAuthor.AutoReply).Select(m => m.Body));
    }

    [Fact]
    public async Task A_category_without_anonymous_consultation_takes_a_signed_in_resident()
    {
        await host.CreateAsync(TestCategories.Weekdays("members", "サインインが必要な相談") with { AllowAnonymous = false });
        var me = await SignedInResidentAsync();

        var started = await host.SendAsync(me, new StartConsultation("members", "サインインして相談します。", TestPin.Default, TestPin.Default));

        Assert.Contains(await host.SendAsync(me, new ListResidentCases()), c => c.Id == started.CaseId);
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            host.SendAsync(TestActor.Resident, new StartConsultation("members", "匿名です。", TestPin.Default, TestPin.Default)));
    }

    [Fact]
    public async Task Without_signing_in_there_is_no_list_of_ones_own_cases()
    {
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(TestActor.Resident, new ListResidentCases()));

        Assert.Equal("この画面を見るにはサインインしてください。", refused.Message);
    }

    private Task<TestActor> SignedInResidentAsync() => host.SignInWithLineAsync(ipAddress: "203.0.113." + Random.Shared.Next(1, 250));
}
