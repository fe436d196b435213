using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Consultations;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Web;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CaseManagement.Web.Tests.Operations;

/// <summary>Over real HTTP: /Admin/Status (linked from the Admin home) shows this app's Quartz node as responding, the
/// desk queues' open counts, and the last backup with a warning when it is older than 26 hours; counselors are refused.</summary>
public sealed partial class StatusPageHttpTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_status_page_shows_this_node_responding_and_a_new_consultation_in_its_queue_count()
    {
        using var admin = app.CreateClient();
        await admin.SignInAsync(DemoAccounts.Admin);
        Assert.Contains("href=\"/Admin/Status\"", await admin.GetStringAsync(new Uri("/Admin", UriKind.Relative)), StringComparison.Ordinal);
        var before = await admin.GetStringAsync(new Uri("/Admin/Status", UriKind.Relative));

        await app.SendAsync(new SystemActor(), new StartConsultation("child", "状態画面の確認です。", TestPin.Default));
        var after = await admin.GetStringAsync(new Uri("/Admin/Status", UriKind.Relative));

        var node = (await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).SchedulerInstanceId;
        Assert.Matches(new Regex($"<tr data-node=\"{Regex.Escape(node)}\">.*?稼働中.*?</tr>", RegexOptions.Singleline), after);
        Assert.Equal(Open(before, "child") + 1, Open(after, "child"));
        var unclaimed = await OperationsDatabase.CountAsync(app.OwnerConnectionString,
            "SELECT count(*) FROM wf_user_tasks WHERE status = 'open' AND queue = 'child' AND assignee IS NULL");
        Assert.Contains($"<td data-unclaimed=\"{unclaimed}\">", QueueRow(after, "child"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_backup_is_shown_with_its_age_and_a_warning_once_older_than_26_hours()
    {
        using var admin = app.CreateClient();
        await admin.SignInAsync(DemoAccounts.Admin);
        Assert.Contains("バックアップの記録がありません", await admin.GetStringAsync(new Uri("/Admin/Status", UriKind.Relative)), StringComparison.Ordinal);

        await RecordBackupAsync("20261120T173000Z", hoursAgo: 30);
        var stale = await admin.GetStringAsync(new Uri("/Admin/Status", UriKind.Relative));
        await RecordBackupAsync("20261122T023000Z", hoursAgo: 2);
        var fresh = await admin.GetStringAsync(new Uri("/Admin/Status", UriKind.Relative));

        Assert.Contains("20261120T173000Z", stale, StringComparison.Ordinal);
        Assert.Contains("26時間以上バックアップが取られていません", stale, StringComparison.Ordinal);
        Assert.Contains("20261122T023000Z", fresh, StringComparison.Ordinal);
        Assert.Contains("（2時間0分前）", fresh, StringComparison.Ordinal);
        Assert.DoesNotContain("バックアップが取られていません", fresh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_counselor_is_refused_the_status_page()
    {
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);

        using var response = await counselor.GetAsync(new Uri("/Admin/Status", UriKind.Relative));

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal)),
            response.StatusCode.ToString());
    }

    private Task RecordBackupAsync(string label, int hoursAgo) => OperationsDatabase.ExecuteAsync(app.OwnerConnectionString, $"""
        INSERT INTO backup_runs (started_at, finished_at, host, label, path, size_bytes, succeeded)
        VALUES (now() - interval '{hoursAgo} hours 5 minutes', now() - interval '{hoursAgo} hours', 'db1', '{label}', '/var/backups/casemanagement/base/{label}', 52428800, true)
        """);

    private static string QueueRow(string page, string queue) =>
        new Regex($"<tr data-queue=\"{queue}\">.*?</tr>", RegexOptions.Singleline).Match(page) is { Success: true } m ? m.Value : "";

    private static int Open(string page, string queue) =>
        OpenCount().Match(QueueRow(page, queue)) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex("data-open=\"(\\d+)\"")]
    private static partial Regex OpenCount();
}
