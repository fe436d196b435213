namespace CaseManagement.Core.Common.Database;

/// <summary>Where and how to run a private PostgreSQL cluster from the machine's binaries.</summary>
public sealed record EmbeddedPostgresOptions
{
    public required string DataDirectory { get; init; }

    /// <summary>0 picks a free loopback port.</summary>
    public int Port { get; init; }

    public string Database { get; init; } = "casemanagement";

    /// <summary>fsync off and friends: only for test clusters that are thrown away.</summary>
    public bool Throwaway { get; init; }

    public string BinDirectory { get; init; } =
        Environment.GetEnvironmentVariable("CM_PG_BIN") ?? "/usr/lib/postgresql/15/bin";
}
