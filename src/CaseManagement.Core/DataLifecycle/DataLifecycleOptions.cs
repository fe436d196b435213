namespace CaseManagement.Core.DataLifecycle;

/// <summary>Settings of the export and the certified deletion (configuration section CaseManagement:DataLifecycle).</summary>
public sealed class DataLifecycleOptions
{
    /// <summary>The municipality's name: written into exports and certificates, and typed to confirm a deletion.</summary>
    public string MunicipalityName { get; set; } = "デモ市";

    /// <summary>PEM file of the ECDSA P-256 key that signs deletion certificates; created (mode 0600) on first use.</summary>
    public string SigningKeyPath { get; set; } = Path.Combine(".data", "keys", "deletion-certificate.pem");
}
