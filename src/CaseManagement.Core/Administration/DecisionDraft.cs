using System.Globalization;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Resources;

namespace CaseManagement.Core.Administration;

/// <summary>The decision table editor's work in progress on one DMN document (dmn_drafts), guarded by
/// <see cref="Revision"/> as the workflow designer's drafts are.</summary>
public sealed class DecisionDraft
{
    public required string DecisionRef { get; set; }
    public required string DmnXml { get; set; }
    public int Revision { get; set; }

    /// <summary>The published version the draft started from (null for a new document).</summary>
    public int? BasedOnVersion { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
    public string? UpdatedByName { get; set; }

    /// <summary>The refusal of a save or publish that started from an older revision: who saved since, and when (JST).</summary>
    internal ConflictException SavedByOther() => new(Messages.Format("WorkflowDraftConflict", UpdatedByName ?? UpdatedBy,
        UpdatedAt.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)));
}
