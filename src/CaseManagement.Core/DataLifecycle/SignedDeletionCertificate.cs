namespace CaseManagement.Core.DataLifecycle;

/// <summary>The certificate as handed out: <see cref="Payload"/> is the exact UTF-8 JSON that was signed (base64),
/// <see cref="Signature"/> its ECDSA P-256 / SHA-256 signature (DER, base64), <see cref="PublicKey"/> the PEM of the
/// key to check it with and <see cref="KeyFingerprint"/> that key's SHA-256 (compare it with the one the server shows).</summary>
public sealed record SignedDeletionCertificate(
    DeletionCertificate Certificate, string Payload, string Signature, string Algorithm, string PublicKey, string KeyFingerprint);
