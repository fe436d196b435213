using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CaseManagement.Core.DataLifecycle;

/// <summary>Signs deletion certificates with the server's ECDSA P-256 key (a PEM file, created with mode 0600 on first
/// use) and checks them. Anyone can verify with the public key alone: see docs/EXPORT.md for the openssl commands.</summary>
public sealed class DeletionCertificateSigner(IOptions<DataLifecycleOptions> options)
{
    public const string Algorithm = "ECDSA-P256-SHA256-DER";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Lock Gate = new();

    public SignedDeletionCertificate Sign(DeletionCertificate certificate)
    {
        using var key = LoadOrCreate(options.Value.SigningKeyPath);
        var payload = JsonSerializer.SerializeToUtf8Bytes(certificate, Json);
        var signature = key.SignData(payload, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return new SignedDeletionCertificate(certificate, Convert.ToBase64String(payload), Convert.ToBase64String(signature), Algorithm,
            key.ExportSubjectPublicKeyInfoPem(), Fingerprint(key));
    }

    /// <summary>True when the signature is the public key's over the payload, and the payload is the certificate shown.</summary>
    public static bool Verify(SignedDeletionCertificate signed)
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(signed.PublicKey);
        var payload = Convert.FromBase64String(signed.Payload);
        return key.VerifyData(payload, Convert.FromBase64String(signed.Signature), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)
            && JsonSerializer.Deserialize<DeletionCertificate>(payload, Json) is { } inside
            && JsonSerializer.Serialize(inside, Json) == JsonSerializer.Serialize(signed.Certificate, Json);
    }

    /// <summary>The SHA-256 of the public key (SubjectPublicKeyInfo, DER), hex: what the Admin page shows to compare with.</summary>
    public string PublicKeyFingerprint()
    {
        using var key = LoadOrCreate(options.Value.SigningKeyPath);
        return Fingerprint(key);
    }

    private static string Fingerprint(ECDsa key) => Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));

    private static ECDsa LoadOrCreate(string path)
    {
        lock (Gate)
        {
            var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            if (File.Exists(path))
            {
                key.ImportFromPem(File.ReadAllText(path));
                return key;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var pem = key.ExportPkcs8PrivateKeyPem();
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var file = new FileStream(path, create))
            {
                file.Write(Encoding.ASCII.GetBytes(pem));
            }

            return key;
        }
    }
}
