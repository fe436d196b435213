namespace CaseManagement.Workflows.Feel;

/// <summary>A call of a built-in that needs more than its arguments: the running evaluation (its clock, its limits)
/// and the depth, to call a function argument as <c>sort</c> does.</summary>
internal readonly record struct FeelCall(string Name, object?[] Arguments, FeelInterpreter Run, int Depth)
{
    public int Count => Arguments.Length;

    public object? this[int index] => Arguments[index];

    /// <summary>Throws unless the call has between <paramref name="min"/> and <paramref name="max"/> arguments.</summary>
    public FeelCall Expect(int min, int max)
    {
        if (Count < min || Count > max)
        {
            throw new FeelException(min == max
                ? $"{Name}() expects {min} argument(s) but got {Count}"
                : $"{Name}() expects {min} to {max} arguments but got {Count}");
        }
        return this;
    }

    public FeelCall Expect(int count) => Expect(count, count);
}
