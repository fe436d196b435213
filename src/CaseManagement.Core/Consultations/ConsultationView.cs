using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Messaging;

namespace CaseManagement.Core.Consultations;

/// <summary>A consultation: its case header and every message, oldest first.</summary>
[PersonalData]
public sealed record ConsultationView(CaseView Case, IReadOnlyList<MessageView> Messages) : IAuditTarget
{
    string IAuditTarget.AuditTarget => "case:" + Case.Id;
}
