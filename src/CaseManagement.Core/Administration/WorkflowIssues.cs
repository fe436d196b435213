using System.Xml.Linq;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Workflows.Bpmn;

namespace CaseManagement.Core.Administration;

/// <summary>The check before publishing: the engine's <see cref="WorkflowChecker"/>, plus the rule that a draft holds
/// exactly its own process, each problem said in the admin's language.</summary>
internal static class WorkflowIssues
{
    public const string ProcessMismatch = "process-mismatch";

    public static IReadOnlyList<WorkflowIssueView> Check(string xml, string? processId)
    {
        var issues = WorkflowChecker.Check(xml).Select(View).ToList();
        if (processId is not null && issues.Count(i => i.Code == BpmnIssueCodes.Invalid && i.ElementId is null) == 0
            && ExecutableProcessIds(xml) is { } ids && !(ids.Count == 1 && ids[0] == processId))
        {
            issues.Insert(0, new WorkflowIssueView(ids.Count == 1 ? ids[0] : null, "process", 0, ProcessMismatch,
                Messages.Format("WorkflowCheck_ProcessMismatch", processId)));
        }

        return issues;
    }

    private static WorkflowIssueView View(BpmnImportError e)
    {
        var message = e.Code switch
        {
            BpmnIssueCodes.Unsupported => Messages.Format("WorkflowCheck_Unsupported", e.Detail ?? e.ElementType),
            BpmnIssueCodes.Unreachable => Messages.Get("WorkflowCheck_Unreachable"),
            BpmnIssueCodes.GatewayWithoutCondition => Messages.Format("WorkflowCheck_GatewayWithoutCondition", e.Detail),
            BpmnIssueCodes.UserTaskWithoutQueue => Messages.Get("WorkflowCheck_UserTaskWithoutQueue"),
            BpmnIssueCodes.TimerWithoutDuration => Messages.Get("WorkflowCheck_TimerWithoutDuration"),
            BpmnIssueCodes.FeelSyntax => Messages.Format("WorkflowCheck_FeelSyntax", e.Detail),
            _ => Messages.Format("WorkflowCheck_Invalid", e.Message),
        };
        return new WorkflowIssueView(e.ElementId, e.ElementType, e.Line, e.Code, message);
    }

    // Only reached when the document parsed (the checker reports malformed XML itself), so Parse does not throw.
    private static List<string>? ExecutableProcessIds(string xml)
    {
        try
        {
            var root = XDocument.Parse(xml).Root;
            XNamespace bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
            return root?.Elements(bpmn + "process").Where(p => ((string?)p.Attribute("isExecutable"))?.Trim() == "true")
                .Select(p => (string?)p.Attribute("id") ?? "").ToList();
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
