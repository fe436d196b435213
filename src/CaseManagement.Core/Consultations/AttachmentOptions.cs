namespace CaseManagement.Core.Consultations;

/// <summary>Limits of attached files (configuration section CaseManagement:Attachments).</summary>
public sealed class AttachmentOptions
{
    public const string Section = "CaseManagement:Attachments";

    /// <summary>The largest file accepted, in bytes (10 MB unless configured).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The limit as people read it: "10 MB".</summary>
    public string MaxSizeText => FileSizes.Describe(MaxBytes);
}
