namespace CaseManagement.Core.Statistics;

/// <summary>A CSV file to hand to the person as a download.</summary>
public sealed record CsvFile(string FileName, string ContentType, byte[] Content);
