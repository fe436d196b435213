using System.Globalization;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Tasks;
using CaseManagement.Workflows.Hosting;
using MediatR;

namespace CaseManagement.Core.Notifications;

/// <summary>Carries out a workflow's notify service task (cm:type="notify" cm:template="…"): each open task of the
/// instance is told to its assignee, or to its queue while nobody holds it.</summary>
internal static class WorkflowNotify
{
    public const string Type = "notify";

    public static async Task<int> SendAsync(
        CaseDbContext db, IMediator mediator, AfterCommit afterCommit, TimeProvider clock, InvokedServiceTask task, CancellationToken ct)
    {
        var template = task.Inputs.GetValueOrDefault("template") as string ?? "notice";
        var open = await mediator.Send(new ListOpenTasksOfInstance(task.InstanceId), ct);
        var written = 0;
        foreach (var t in open)
        {
            var recipient = t.AssigneeId is { } staff ? NotificationRecipient.Staff(staff, t.TaskId)
                : t.Queue is { } queue ? NotificationRecipient.QueueOf(queue, t.TaskId) : null;
            if (recipient is null)
            {
                continue;
            }

            var caseNumber = t.CaseId is { } caseId ? (await mediator.Send(new ListCaseViews([caseId]), ct)).SingleOrDefault()?.CaseNumber : null;
            var args = new Dictionary<string, string>
            {
                ["caseNumber"] = caseNumber ?? "",
                ["taskName"] = t.Name,
                ["since"] = t.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            };
            // One key per task of the step, so that a step over two open tasks tells both.
            written += await StaffNotices.SendAsync(db, afterCommit, clock, task.IdempotencyKey + ":" + t.TaskId, [recipient], template, t.CaseId, args, ct);
        }

        return written;
    }
}
