using CaseManagement.Core.Common.Messaging;
using CaseManagement.Workflows.Commands;

namespace CaseManagement.Core.Tasks;

/// <summary>Announces the user tasks a workflow step created, after the step's commit.</summary>
public static class DeskTaskChanges
{
    public static void Created(AfterCommit afterCommit, IEnumerable<CreateUserTask> created, DeskChange change)
    {
        foreach (var task in created.Where(t => t.Queue is not null))
        {
            afterCommit.Publish(new DeskTaskChanged(task.TaskId, task.Queue!, change));
        }
    }
}
