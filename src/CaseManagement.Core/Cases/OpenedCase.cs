using CaseManagement.Core.Common.Messaging;

namespace CaseManagement.Core.Cases;

/// <summary>A new case: its id, the number people read out, the resident's secret link token (shown once) and, when
/// a PIN was chosen, the grant that lets this browser in without typing it again at once.</summary>
public sealed record OpenedCase(Guid CaseId, string CaseNumber, string AccessToken, string? Grant = null) : IAuditTarget
{
    string IAuditTarget.AuditTarget => "case:" + CaseId;
}
