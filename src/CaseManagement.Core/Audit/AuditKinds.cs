namespace CaseManagement.Core.Audit;

/// <summary>What an audit row records: a command (a change, or an attempt at one) or a read of personal data.</summary>
public static class AuditKinds
{
    public const string Command = "command";
    public const string Read = "read";
}
