namespace CaseManagement.Features.Binding;

/// <summary>One step as written: keyword, text, where it is, and its doc string if any.</summary>
public sealed record StepSpec(string Keyword, string Text, string File, int Line, string? DocString = null)
{
    public string Where => $"{File}:{Line}";

    public override string ToString() => $"{Keyword} {Text} ({Where})";
}
