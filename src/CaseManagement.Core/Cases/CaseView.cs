using CaseManagement.Core.Common.Messaging;

namespace CaseManagement.Core.Cases;

/// <summary>A case's header as staff and residents see it.</summary>
[PersonalData]
public sealed record CaseView(
    Guid Id, string CaseNumber, Guid CategoryId, string CategoryCode, string CategoryNameJa, string CategoryNameEn,
    CaseStatus Status, Guid? WorkflowInstanceId, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt,
    string? ConsultationType, string? ResidentGender, string? AgeBand, string? Area) : IAuditTarget
{
    string IAuditTarget.AuditTarget => "case:" + Id;
}
