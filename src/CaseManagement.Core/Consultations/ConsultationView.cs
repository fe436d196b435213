using CaseManagement.Core.Cases;

namespace CaseManagement.Core.Consultations;

/// <summary>A consultation: its case header and every message, oldest first.</summary>
public sealed record ConsultationView(CaseView Case, IReadOnlyList<MessageView> Messages);
