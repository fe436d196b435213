namespace CaseManagement.NodeHarness;

/// <summary>Where the timer handler kills its own process: inside the step's transaction, or just after its commit
/// (before Quartz records the job as done).</summary>
public enum CrashPoint
{
    None,
    BeforeCommit,
    AfterCommit,
}
