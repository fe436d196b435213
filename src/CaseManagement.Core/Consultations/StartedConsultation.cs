using CaseManagement.Core.Common.Messaging;

namespace CaseManagement.Core.Consultations;

/// <summary>The number of the new consultation and the resident's secret link token.</summary>
public sealed record StartedConsultation(Guid CaseId, string CaseNumber, string AccessToken) : IAuditTarget
{
    string IAuditTarget.AuditTarget => "case:" + CaseId;
}
