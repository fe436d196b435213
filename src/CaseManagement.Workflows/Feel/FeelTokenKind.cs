namespace CaseManagement.Workflows.Feel;

/// <summary>The lexical classes of FEEL.</summary>
internal enum FeelTokenKind
{
    Number,
    String,
    Name,
    Symbol,

    /// <summary><c>@"2026-04-01"</c>: a date, time, date and time or duration written as a literal.</summary>
    Temporal,
    End,
}
