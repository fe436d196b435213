namespace CaseManagement.Core.Common.Messaging;

/// <summary>A request that names what it acts on ("case:…", "task:…") for the audit log.</summary>
public interface IAuditTarget
{
    string AuditTarget { get; }
}
