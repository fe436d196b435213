using CaseManagement.Core.Audit;

namespace CaseManagement.Core.Common.Messaging;

/// <summary>Lets a handler record that its command was refused although what it changed must still commit: a wrong
/// PIN is refused, yet the failed attempt it counts must not roll back (throwing would undo the count). The audit
/// behaviour points this at the running command's audit row.</summary>
public sealed class AuditOutcome
{
    internal AuditEntry? Entry { get; set; }

    /// <summary>Marks the running command as refused, naming why and what it acted on.</summary>
    public void Refused(string detail, string? target = null)
    {
        var entry = Entry ?? throw new InvalidOperationException("Only a command's handler can set its audit outcome.");
        entry.Outcome = "refused";
        entry.Detail = detail;
        if (target is not null)
        {
            entry.Target = target;
        }
    }

    /// <summary>Names what the running command acted on when the request could not (a secret link is never logged).</summary>
    public void Target(string target) =>
        (Entry ?? throw new InvalidOperationException("Only a command's handler can set its audit target.")).Target = target;
}
