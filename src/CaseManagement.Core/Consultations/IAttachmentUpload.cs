namespace CaseManagement.Core.Consultations;

/// <summary>A request that brings a file (and an optional comment) into a consultation.</summary>
public interface IAttachmentUpload
{
    string FileName { get; }

    byte[] Content { get; }

    string? Comment { get; }
}
