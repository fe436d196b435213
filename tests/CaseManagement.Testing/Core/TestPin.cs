namespace CaseManagement.Testing.Core;

/// <summary>The PIN test residents choose for an anonymous consultation (4–8 digits, not 0000 or 1234).</summary>
public static class TestPin
{
    public const string Default = "2580";
}
