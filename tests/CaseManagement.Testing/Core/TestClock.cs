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

    /// <summary>Back to the system time (a test that set the clock of a shared app releases it when done).</summary>
    public void Release()
    {
        lock (gate)
        {
            frozen = null;
        }
    }

    /// <summary>An instant in Japan time (+09:00), as tests name them: Jst(2027, 4, 2, 16, 0).</summary>
    public static DateTimeOffset Jst(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(9));
}
