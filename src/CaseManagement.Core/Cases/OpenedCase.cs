using CaseManagement.Core.Common.Messaging;

namespace CaseManagement.Core.Cases;

/// <summary>A new case: its id, the number people read out, and the resident's secret link token (shown once).</summary>
public sealed record OpenedCase(Guid CaseId, string CaseNumber, string AccessToken) : IAuditTarget
{
    string IAuditTarget.AuditTarget => "case:" + CaseId;
}
