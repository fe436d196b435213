using System.Collections.Concurrent;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Workflows.Bpmn;
using CaseManagement.Workflows.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tasks;

/// <summary>A user task's cm:checklist: closure-checklist item keys (<see cref="ClosureItems"/>) that must be recorded
/// whenever the task is completed, closing the case or not; the word "category" asks for the category's whole
/// checklist on every completion. Unknown words are ignored. Without it, the category's checklist applies only to a
/// completion that ends the case.</summary>
internal sealed record TaskChecklist(IReadOnlyList<string> Items, bool WholeCategory)
{
    public const string CategoryWord = "category";

    public static readonly TaskChecklist None = new([], false);

    // Published versions never change: a task element's checklist is read once per version.
    private static readonly ConcurrentDictionary<(Guid DefinitionId, string ElementId), TaskChecklist> Known = new();

    public static TaskChecklist Parse(string? value)
    {
        var words = (value ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new TaskChecklist(words.Where(ClosureItems.All.Contains).Distinct().ToList(), words.Contains(CategoryWord));
    }

    /// <summary>The cm:checklist of the task's user task element, in the version its instance runs.</summary>
    public static async Task<TaskChecklist> OfTaskAsync(CaseDbContext db, Guid taskId, CancellationToken ct)
    {
        var row = await db.WorkTasks.AsNoTracking().Where(t => t.Id == taskId)
            .Join(db.WorkflowInstances, t => t.InstanceId, i => i.Id, (t, i) => new { t.ElementId, i.DefinitionId, i.ProcessId })
            .SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return None;
        }

        if (Known.TryGetValue((row.DefinitionId, row.ElementId), out var known))
        {
            return known;
        }

        var xml = await db.WorkflowDefinitions.AsNoTracking().Where(d => d.Id == row.DefinitionId).Select(d => d.BpmnXml).SingleAsync(ct);
        var node = BpmnReader.Read(xml).SingleOrDefault(p => p.Id == row.ProcessId)?.FindNode(row.ElementId) as UserTaskNode;
        return Known.GetOrAdd((row.DefinitionId, row.ElementId), Parse(node?.Checklist));
    }
}
