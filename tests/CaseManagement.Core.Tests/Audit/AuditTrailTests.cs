using CaseManagement.Core.Audit;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CaseManagement.Core.Tests.Audit;

/// <summary>Reads of personal data are audited like commands (who, role, IP, user agent, time, target, outcome), and
/// appends from many writers at once keep one unbroken chain across monthly partitions.</summary>
public sealed class AuditTrailTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Fact]
    public async Task Opening_a_case_writes_one_read_row_naming_the_case_and_who_read_it_from_where()
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "閲覧記録の確認です。", TestPin.Default));
        var since = await MaxIdAsync();

        var view = await host.SendAsync(host.Hanako, new GetCaseConsultation(started.CaseId));

        Assert.Equal(started.CaseNumber, view.Case.CaseNumber);
        var rows = await RowsSinceAsync(since);
        var read = Assert.Single(rows);
        Assert.Equal((AuditKinds.Read, "GetCaseConsultation", "case:" + started.CaseId, "succeeded"), (read.Kind, read.Action, read.Target, read.Outcome));
        Assert.Equal(("staff:" + host.Hanako.StaffId, "Counselor", "192.0.2.10", "CaseManagement.Tests"), (read.Actor, read.ActorRole, read.Ip, read.UserAgent));
    }

    [Fact]
    public async Task A_read_refused_to_staff_of_another_category_is_recorded_as_refused()
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "他分野の職員には見えません。", TestPin.Default));
        var since = await MaxIdAsync();

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Misaki, new GetCaseConsultation(started.CaseId)));

        var read = Assert.Single(await RowsSinceAsync(since));
        Assert.Equal((AuditKinds.Read, "case:" + started.CaseId, "refused", "ForbiddenException", "staff:" + host.Misaki.StaffId),
            (read.Kind, read.Target, read.Outcome, read.Detail, read.Actor));
    }

    [Fact]
    public async Task A_resident_reading_through_the_secret_link_is_recorded_by_case_never_by_token()
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "リンクで読みます。", TestPin.Default));
        var since = await MaxIdAsync();

        await host.SendAsync(TestActor.Resident, new GetConsultation(started.AccessToken, started.Grant));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(TestActor.Resident, new GetConsultation("x" + started.AccessToken[1..])));

        var rows = await RowsSinceAsync(since);
        Assert.Collection(rows,
            ok => Assert.Equal(("GetConsultation", "case:" + started.CaseId, "succeeded", "resident:anonymous"), (ok.Action, ok.Target, ok.Outcome, ok.Actor)),
            guess => Assert.Equal(("GetConsultation", (string?)null, "refused"), (guess.Action, guess.Target, guess.Outcome)));
        Assert.DoesNotContain(await host.QueryAsync(db => db.AuditLog.Select(a => a.Target + a.Detail).ToListAsync()),
            text => text.Contains(started.AccessToken[5..20], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_read_inside_a_command_is_covered_by_the_command_row_alone()
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "コマンドの中の読み取り。", TestPin.Default));
        var task = (await host.SendAsync(host.Taro, new ListDeskQueue())).Single(t => t.CaseId == started.CaseId);
        var since = await MaxIdAsync();

        await host.SendAsync(host.Taro, new ClaimTask(task.TaskId));

        var row = Assert.Single(await RowsSinceAsync(since));
        Assert.Equal((AuditKinds.Command, "ClaimTask", "task:" + task.TaskId), (row.Kind, row.Action, row.Target));
    }

    [Fact]
    public async Task Concurrent_writers_append_to_one_chain_without_forking_it()
    {
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            host.SendAsync(TestActor.Resident, new StartConsultation("child", "同時に書き込みます " + i, TestPin.Default))));

        var links = await host.QueryAsync(db => db.AuditLog.Select(a => a.PrevHash).ToListAsync());
        Assert.Equal(links.Count, links.Select(Convert.ToHexString).Distinct().Count());
        var result = await host.SendAsync(host.Auditor, new VerifyAuditChain());
        Assert.True(result.Intact, result.ToString());
    }

    [Fact]
    public async Task A_row_of_a_month_without_partition_waits_in_the_default_one_and_moves_when_the_month_is_created()
    {
        var future = new DateTimeOffset(2031, 5, 10, 3, 0, 0, TimeSpan.Zero);
        long id;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<AuditTrail>().AppendAsync(new AuditEntry
            {
                At = future, Kind = AuditKinds.Command, Actor = "system", Action = "FarFuture", Outcome = "succeeded",
            }, default);
        }

        Assert.Equal("audit_log_default", await PartitionOfAsync(id));

        var maintenance = new AuditPartitionMaintenance(host.Services.GetRequiredService<NpgsqlDataSource>(), new FixedClock(future.AddDays(-20)),
            NullLogger<AuditPartitionMaintenance>.Instance);
        Assert.Equal(4, await maintenance.EnsureAsync(default));

        Assert.Equal("audit_log_2031_05", await PartitionOfAsync(id));
        Assert.Equal(0, await maintenance.EnsureAsync(default));
        Assert.True((await host.SendAsync(host.Auditor, new VerifyAuditChain())).Intact);
    }

    private Task<string> PartitionOfAsync(long id) =>
        AuditDatabase.ScalarAsync<string>(host.ConnectionString, "SELECT tableoid::regclass::text FROM audit_log WHERE id = $1", id);

    private Task<long> MaxIdAsync() => host.QueryAsync(async db => await db.AuditLog.MaxAsync(a => (long?)a.Id) ?? 0);

    private Task<List<AuditEntry>> RowsSinceAsync(long id) => host.QueryAsync(db => db.AuditLog.Where(a => a.Id > id).OrderBy(a => a.Id).ToListAsync());

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
