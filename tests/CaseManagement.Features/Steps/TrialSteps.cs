using CaseManagement.Features.Binding;
using CaseManagement.Testing.Pages;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Features.Steps;

/// <summary>Try it (試行) in the designer: sample variables, advancing timers, completing tasks, the path on the diagram.</summary>
public sealed class TrialSteps(ScenarioContext context)
{
    private long rowsBefore = -1;

    private async Task<WorkflowTrialPanel> TrialAsync() => new(await context.AdminAsync());

    [Step("^管理者がサンプル変数「(.+)」で試行を始める$")]
    public async Task Start(string variables)
    {
        rowsBefore = await CountWorkflowRowsAsync();
        await (await TrialAsync()).StartAsync(variables);
    }

    [Step("^試行の図で「(.+)」が現在の位置になる$")]
    public async Task Current(string name)
    {
        var trial = await TrialAsync();
        await Expect(trial.Marked(await trial.IdOfAsync(name), "current")).ToHaveCountAsync(1);
    }

    [Step("^試行の図で「(.+)」を通過している$")]
    public async Task Taken(string name)
    {
        var trial = await TrialAsync();
        await Expect(trial.Marked(await trial.IdOfAsync(name), "taken")).ToHaveCountAsync(1);
    }

    [Step("^試行のログに「(.+)」と記録される$")]
    public async Task Logged(string text) => await Expect((await TrialAsync()).Log).ToContainTextAsync(text);

    [Step("^管理者が試行でタイマー「(.+)」を進める$")]
    public async Task Advance(string name)
    {
        var trial = await TrialAsync();
        await trial.AdvanceTimerAsync(await trial.IdOfAsync(name));
    }

    [Step("^試行のタスクに「(.+)」がある$")]
    public async Task TaskListed(string text) => await Expect((await TrialAsync()).Tasks).ToContainTextAsync(text);

    [Step("^管理者が試行でタスク「(.+)」を変数「(.+)」で完了する$")]
    public async Task Complete(string name, string variables)
    {
        var trial = await TrialAsync();
        await trial.CompleteTaskAsync(await trial.IdOfAsync(name), variables);
    }

    [Step("^試行の状況が「(.+)」になる$")]
    public async Task Status(string status) => await Expect((await TrialAsync()).Status).ToHaveTextAsync(status);

    [Step("^試行に「(.+)」と表示される$")]
    public async Task Error(string text) => await Expect((await TrialAsync()).Error).ToContainTextAsync(text);

    [Step("^試行で実際のワークフロー・タスク・タイマーは作られていない$")]
    public async Task NothingWritten()
    {
        Assert.True(rowsBefore >= 0, "the trial was not started in this scenario");
        Assert.Equal(rowsBefore, await CountWorkflowRowsAsync());
    }

    // Instances, user tasks and timers: what a real run of a case would have added.
    private async Task<long> CountWorkflowRowsAsync()
    {
        await using var conn = new NpgsqlConnection(context.App.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM wf_instances) + (SELECT count(*) FROM wf_user_tasks) + (SELECT count(*) FROM wf_timers)", conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
