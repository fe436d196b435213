using System.Globalization;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Resources;

namespace CaseManagement.Core.Administration;

/// <summary>The designer's work in progress on one process (wf_drafts): shared by the admins, saved every few
/// seconds, guarded by <see cref="Revision"/> so that two admins never overwrite each other unknowingly.</summary>
public sealed class WorkflowDraft
{
    public required string ProcessId { get; set; }
    public required string BpmnXml { get; set; }
    public int Revision { get; set; }

    /// <summary>The published version the draft started from (null for a new process).</summary>
    public int? BasedOnVersion { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The audit name of who saved last ("staff:…").</summary>
    public required string UpdatedBy { get; set; }

    public string? UpdatedByName { get; set; }

    /// <summary>The refusal of a save or publish that started from an older revision: who saved since, and when (JST).</summary>
    internal ConflictException SavedByOther() => new(Messages.Format("WorkflowDraftConflict", UpdatedByName ?? UpdatedBy,
        UpdatedAt.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)));
}
