namespace CaseManagement.Core.Operations;

/// <summary>Free space of the database's data directory when it is on this machine and readable, otherwise of the
/// app's working directory (<see cref="OfDatabase"/> says which).</summary>
public sealed record DiskStatus(string Path, bool OfDatabase, long FreeBytes, long TotalBytes);
