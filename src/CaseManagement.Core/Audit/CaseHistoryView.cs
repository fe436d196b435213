using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;

namespace CaseManagement.Core.Audit;

/// <summary>A case's complete history for the auditor: the case, every message, every task, the workflow path,
/// every audit row on the case and its tasks, and among them the reads by staff (who looked, when, from where).</summary>
[PersonalData]
public sealed record CaseHistoryView(
    CaseView Case, IReadOnlyList<MessageView> Messages, IReadOnlyList<CaseTaskRecord> Tasks, WorkflowPathView? Path,
    IReadOnlyList<AuditEntryView> Trail, IReadOnlyList<AuditEntryView> StaffViews) : IAuditTarget
{
    string IAuditTarget.AuditTarget => "case:" + Case.Id;
}
