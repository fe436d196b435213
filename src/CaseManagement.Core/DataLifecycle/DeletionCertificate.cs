namespace CaseManagement.Core.DataLifecycle;

/// <summary>What a deletion of all personal data did, as signed: when, by whom, in which municipality, and how many
/// rows of each kind were deleted, anonymised or kept (and why kept).</summary>
public sealed record DeletionCertificate(
    string Format, Guid CertificateId, string Municipality, DateTimeOffset DeletedAt, string DeletedBy, string? DeletedByName,
    IReadOnlyDictionary<string, long> Deleted, IReadOnlyDictionary<string, long> Anonymised, IReadOnlyDictionary<string, long> Retained,
    IReadOnlyList<string> Notes);
