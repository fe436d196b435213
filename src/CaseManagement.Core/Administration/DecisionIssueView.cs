namespace CaseManagement.Core.Administration;

/// <summary>One problem the check before publishing found in a DMN document, in the reader's language.
/// <see cref="ElementId"/> is the cell or column to highlight; <see cref="Rule"/> the rule's row number (from 1) and
/// <see cref="Column"/> the column's label, when the problem lies in a rule or a column.</summary>
public sealed record DecisionIssueView(string? ElementId, string ElementType, int Line, string Code, string Message, int? Rule = null, string? Column = null);
