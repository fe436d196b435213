namespace CaseManagement.Core.Administration;

/// <summary>Whom a category may give a new task to: its mode and its counselors at their desk, in round-robin order.</summary>
public sealed record AssignmentPool(string Mode, IReadOnlyList<Guid> OnDuty)
{
    /// <summary>The round-robin order: by id as text, so that "the one after" is defined even for someone who has
    /// left the pool since.</summary>
    public static readonly IComparer<Guid> Rotation =
        Comparer<Guid>.Create((a, b) => string.CompareOrdinal(a.ToString("N"), b.ToString("N")));

    /// <summary>The pool starting with whoever comes after <paramref name="last"/> in turn, wrapping around.</summary>
    public IReadOnlyList<Guid> InTurnAfter(Guid? last)
    {
        if (last is not { } l)
        {
            return OnDuty;
        }

        var next = OnDuty.Count(id => Rotation.Compare(id, l) <= 0);
        return [.. OnDuty.Skip(next), .. OnDuty.Take(next)];
    }
}
