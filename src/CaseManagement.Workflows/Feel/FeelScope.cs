namespace CaseManagement.Workflows.Feel;

/// <summary>Names visible to an expression: the instance variables, and inside a filter the current item.</summary>
internal sealed class FeelScope(IReadOnlyDictionary<string, object?> values, FeelScope? parent = null)
{
    public bool TryGet(string name, out object? value)
    {
        if (values.TryGetValue(name, out value)) return true;
        if (parent is not null) return parent.TryGet(name, out value);
        value = null;
        return false;
    }
}
