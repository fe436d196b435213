using CaseManagement.Workflows.Bpmn;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Core.Administration;

/// <summary>The diagram a try-it run executes: only one the check before publishing accepts, so that a run never
/// shows what could not be published.</summary>
internal static class WorkflowTrialDraft
{
    /// <exception cref="WorkflowCheckFailedException">the check found problems (the same messages as publishing).</exception>
    public static ProcessDefinition Process(string xml, string processId)
    {
        var issues = WorkflowIssues.Check(xml, processId);
        if (issues.Count > 0) throw new WorkflowCheckFailedException(issues, Common.Resources.Messages.Format("WorkflowTrialCheckFailed", issues.Count));
        return BpmnReader.Read(xml).Single(p => p.Id == processId);
    }
}
