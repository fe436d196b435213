namespace CaseManagement.Core.Consultations;

/// <summary>An attachment's bytes, for a download.</summary>
public sealed record AttachmentFile(Guid Id, string FileName, string ContentType, byte[] Content);
