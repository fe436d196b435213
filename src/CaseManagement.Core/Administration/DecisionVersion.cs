namespace CaseManagement.Core.Administration;

/// <summary>One published, immutable version of a DMN document (dmn_definitions), as business rule tasks evaluate it.</summary>
public sealed class DecisionVersion
{
    public Guid Id { get; set; }

    /// <summary>The key a business rule task's cm:decisionRef names (the shipped file's name, e.g. related-procedures).</summary>
    public required string DecisionRef { get; set; }

    public int Version { get; set; }
    public string? Name { get; set; }
    public required string DmnXml { get; set; }
    public required string Checksum { get; set; }
    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>The audit name of who published ("staff:…", or "system" for a shipped file).</summary>
    public required string PublishedBy { get; set; }
}
