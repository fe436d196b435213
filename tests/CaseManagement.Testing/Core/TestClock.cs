namespace CaseManagement.Testing.Core;

/// <summary>The clock tests control: the system time until a test sets it, then frozen at what the test says,
/// moving only when the test advances it (a timer becomes due because time was moved, not slept through).</summary>
public sealed class TestClock : TimeProvider
{
    private readonly Lock gate = new();
    private DateTimeOffset? frozen;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return frozen ?? base.GetUtcNow();
        }
    }

    public void Set(DateTimeOffset at)
    {
        lock (gate)
        {
            frozen = at.ToUniversalTime();
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            frozen = (frozen ?? base.GetUtcNow()) + by;
        }
    }
}
