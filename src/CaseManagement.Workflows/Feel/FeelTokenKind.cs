namespace CaseManagement.Workflows.Feel;

/// <summary>The lexical classes of FEEL.</summary>
internal enum FeelTokenKind
{
    Number,
    String,
    Name,
    Symbol,
    End,
}
