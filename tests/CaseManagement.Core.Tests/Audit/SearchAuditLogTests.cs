using CaseManagement.Core.Audit;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Residents;
using CaseManagement.Core.Statistics;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Core.Tests.Audit;

/// <summary>The auditor finds rows by person (a resident and their cases), case number (its tasks included), actor,
/// action, period and IP; searching is itself audited, and only auditors may search.</summary>
public sealed class SearchAuditLogTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task Each_criterion_finds_the_rows_it_names_and_no_others()
    {
        var (mine, theirs, taskId) = await ArrangeAsync();
        var today = DateOnly.FromDateTime(JapanTime.ToJapan(DateTimeOffset.UtcNow).DateTime);

        var byPerson = await SearchAsync(new AuditSearch(Person: "search.person@example.jp"));
        Assert.Contains(byPerson, r => r.Target == "case:" + mine && r.Kind == AuditKinds.Read);
        Assert.DoesNotContain(byPerson, r => r.Target == "case:" + theirs);

        var byCase = await SearchAsync(new AuditSearch(CaseNumber: await NumberAsync(mine)));
        Assert.Contains(byCase, r => r.Action == nameof(ClaimTask) && r.Target == "task:" + taskId);
        Assert.All(byCase, r => Assert.True(r.Target == "case:" + mine || r.Target == "task:" + taskId, r.Target));

        var byActor = await SearchAsync(new AuditSearch(Actor: "花子"));
        Assert.NotEmpty(byActor);
        Assert.All(byActor, r => Assert.Equal(("staff:" + host.Hanako.StaffId, "相談 花子"), (r.Actor, r.ActorName)));

        var byAction = await SearchAsync(new AuditSearch(Action: "claim"));
        Assert.All(byAction, r => Assert.Equal(nameof(ClaimTask), r.Action));

        var byIp = await SearchAsync(new AuditSearch(Ip: "198.51.100."));
        Assert.NotEmpty(byIp);
        Assert.All(byIp, r => Assert.Equal("198.51.100.7", r.Ip));

        Assert.NotEmpty(await SearchAsync(new AuditSearch(CaseNumber: await NumberAsync(mine), From: today, To: today)));
        Assert.Empty(await SearchAsync(new AuditSearch(CaseNumber: await NumberAsync(mine), From: today.AddDays(1))));
        Assert.Empty(await SearchAsync(new AuditSearch(CaseNumber: "2099-999999")));

        Assert.True(await host.QueryAsync(db => db.AuditLog.AnyAsync(a => a.Action == nameof(SearchAuditLog) && a.Kind == AuditKinds.Read
            && a.Target == "audit-search:ip=198.51.100." && a.Actor == "staff:" + host.Auditor.StaffId)));
    }

    [Fact]
    public async Task Only_auditors_may_search()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Ichiro, new SearchAuditLog(new AuditSearch())));
    }

    private async Task<IReadOnlyList<AuditEntryView>> SearchAsync(AuditSearch criteria) =>
        (await host.SendAsync(host.Auditor, new SearchAuditLog(criteria))).Rows;

    private Task<string> NumberAsync(Guid caseId) => host.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.CaseNumber).SingleAsync());

    // Two cases: one named by a signed-in resident, read and claimed by 花子; the other read by 太郎 from another network.
    private async Task<(Guid Mine, Guid Theirs, Guid TaskId)> ArrangeAsync()
    {
        var mine = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "検索で見つかる相談", TestPin.Default));
        var theirs = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "別の相談", TestPin.Default));
        // No use case creates residents or links them to a case yet: written directly.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
            var resident = new Resident { Id = Guid.CreateVersion7(), Email = "search.person@example.jp", CreatedAt = DateTimeOffset.UtcNow };
            db.Residents.Add(resident);
            await db.SaveChangesAsync();
            await db.Cases.Where(c => c.Id == mine.CaseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ResidentId, resident.Id));
        }

        await host.SendAsync(host.Hanako, new GetCaseConsultation(mine.CaseId));
        var task = (await host.SendAsync(host.Hanako, new ListDeskQueue())).Single(t => t.CaseId == mine.CaseId);
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));
        await host.SendAsync(host.Taro with { IpAddress = "198.51.100.7" }, new GetCaseConsultation(theirs.CaseId));
        return (mine.CaseId, theirs.CaseId, task.TaskId);
    }
}
