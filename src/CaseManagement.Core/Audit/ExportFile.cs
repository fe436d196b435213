namespace CaseManagement.Core.Audit;

/// <summary>A file to hand to the person as a download.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);
