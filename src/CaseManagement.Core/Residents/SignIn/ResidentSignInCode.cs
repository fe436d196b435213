namespace CaseManagement.Core.Residents.SignIn;

/// <summary>One e-mailed one-time code: only its keyed hash is stored; valid until <see cref="ExpiresAt"/>, once.</summary>
public sealed class ResidentSignInCode
{
    public Guid Id { get; set; }

    /// <summary>Request order, given by the database: the newest code of an address is the one that counts.</summary>
    public long Seq { get; set; }

    /// <summary>The lower-cased address the code was sent to.</summary>
    public required string Email { get; set; }

    public required byte[] CodeHash { get; set; }
    public string? RequestedIp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public int FailedAttempts { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}
