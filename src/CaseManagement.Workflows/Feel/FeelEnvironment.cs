namespace CaseManagement.Workflows.Feel;

/// <summary>What an evaluation may use besides the variables: the engine's clock for now() and today(), and the
/// limits that keep every evaluation bounded however hostile the expression or large the data.</summary>
public sealed record FeelEnvironment
{
    /// <summary>No clock and the default limits: now() and today() fail, everything else works.</summary>
    public static FeelEnvironment Default { get; } = new();

    /// <summary>The instant now() returns: the time of the engine command being run, never the machine's clock, so a
    /// replay gives the same result and tests control it. Null where there is no command (import checks).</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>The zone of now() and today() (the municipality's business calendar zone in the engine); null keeps
    /// the offset <see cref="Now"/> carries.</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>The most steps (nodes evaluated, items iterated or produced) one evaluation may take.</summary>
    public long MaxSteps { get; init; } = 1_000_000;

    /// <summary>The most characters of text one evaluation may produce, so doubling a string cannot exhaust memory.</summary>
    public long MaxText { get; init; } = 10_000_000;

    /// <summary>How long one regular-expression match may run before matches(), replace() or split() fail.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromMilliseconds(200);
}
