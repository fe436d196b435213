using CaseManagement.Core.Common.Messaging;

namespace CaseManagement.Core.Consultations;

/// <summary>The number of the new consultation, the resident's secret link token, and the grant that spares this
/// browser typing the PIN it has just chosen.</summary>
public sealed record StartedConsultation(Guid CaseId, string CaseNumber, string AccessToken, string? Grant = null) : IAuditTarget
{
    string IAuditTarget.AuditTarget => "case:" + CaseId;
}
