namespace CaseManagement.Workflows.Feel;

/// <summary>One lexeme with its offset in the expression, for error messages.</summary>
internal readonly record struct FeelToken(FeelTokenKind Kind, string Text, int Position)
{
    public bool Is(string symbolOrKeyword) =>
        (Kind == FeelTokenKind.Symbol || Kind == FeelTokenKind.Name) && Text == symbolOrKeyword;
}
