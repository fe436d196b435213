namespace CaseManagement.Core.Residents;

/// <summary>A resident known across cases: signed in with an e-mail one-time code or LINE Login. Anonymous
/// consultations have no resident; their secret link is their only identity.</summary>
public sealed class Resident
{
    public Guid Id { get; set; }

    /// <summary>Lower-cased address the one-time codes go to; null for a LINE-only resident.</summary>
    public string? Email { get; set; }

    /// <summary>LINE Login's subject (the user id of the provider); null when the resident never used LINE.</summary>
    public string? LineUserId { get; set; }

    public string? DisplayName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
