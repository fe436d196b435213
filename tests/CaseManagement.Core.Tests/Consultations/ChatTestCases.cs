using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;

namespace CaseManagement.Core.Tests.Consultations;

/// <summary>Arranging a consultation through the use cases: started by a resident, claimed by 花子 with the history read.</summary>
internal static class ChatTestCases
{
    public sealed record Claimed(string Token, string? Grant, Guid CaseId, Guid TaskId);

    public static async Task<Claimed> ClaimedChildCaseAsync(this CoreTestHost host, string message = "相談があります。")
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", message, TestPin.Default));
        var task = (await host.SendAsync(host.Hanako, new ListDeskQueue())).Single(t => t.CaseNumber == started.CaseNumber);
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));
        await host.SendAsync(host.Hanako, new MarkHistoryViewed(task.TaskId));
        return new Claimed(started.AccessToken, started.Grant, started.CaseId, task.TaskId);
    }
}
