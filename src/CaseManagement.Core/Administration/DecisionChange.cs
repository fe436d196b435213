using CaseManagement.Workflows.Bpmn;

namespace CaseManagement.Core.Administration;

/// <summary>A rule, input, output or table setting added, removed or changed between two versions of a DMN document.
/// <see cref="ElementType"/> is rule, input, output or decisionTable; <see cref="Rule"/> the rule's row number in the
/// newer version (the older one when removed).</summary>
public sealed record DecisionChange(
    string DecisionId, string ElementId, string ElementType, string? Label, int? Rule, ElementChangeKind Kind, IReadOnlyList<AttributeChange> Attributes);
