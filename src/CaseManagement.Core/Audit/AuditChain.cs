using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CaseManagement.Core.Audit;

/// <summary>The chain's hash, computed here independently of the database's audit_row_hash() (migration 0027):
/// sha256('cm-audit-v1' || each field as '&lt;UTF-8 byte length&gt;:&lt;UTF-8&gt;' or '~' for NULL || prev_hash), fields in the
/// order id, at (microseconds since 1970 UTC), kind, actor, actor_role, ip, user_agent, action, target, outcome, detail.</summary>
public static class AuditChain
{
    /// <summary>The prev_hash of the very first row: 32 zero bytes.</summary>
    public static ReadOnlySpan<byte> Genesis => new byte[32];

    public static byte[] Hash(AuditEntry e, ReadOnlySpan<byte> prevHash)
    {
        using var canonical = new MemoryStream();
        canonical.Write("cm-audit-v1"u8);
        Field(canonical, e.Id.ToString(CultureInfo.InvariantCulture));
        Field(canonical, ((e.At.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10).ToString(CultureInfo.InvariantCulture));
        foreach (var field in new[] { e.Kind, e.Actor, e.ActorRole, e.Ip, e.UserAgent, e.Action, e.Target, e.Outcome, e.Detail })
        {
            Field(canonical, field);
        }

        canonical.Write(prevHash);
        return SHA256.HashData(canonical.ToArray());
    }

    private static void Field(MemoryStream canonical, string? value)
    {
        if (value is null)
        {
            canonical.WriteByte((byte)'~');
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        canonical.Write(Encoding.UTF8.GetBytes(bytes.Length.ToString(CultureInfo.InvariantCulture) + ":"));
        canonical.Write(bytes);
    }
}
