namespace CaseManagement.NodeHarness;

/// <summary>How this node runs, from the command line (or CM_HARNESS_CONNECTION for the database).</summary>
public sealed record HarnessOptions(string ConnectionString, string NodeName, string? SchedulerId, bool CrashOnDelivery, CrashPoint CrashInTimer)
{
    public const string Usage =
        "usage: CaseManagement.NodeHarness --connection <cs> [--node <name>] [--scheduler-id <id>] " +
        "[--crash-on-delivery] [--crash-in-timer before-commit|after-commit]";

    public static HarnessOptions Parse(string[] args)
    {
        string? cs = Environment.GetEnvironmentVariable("CM_HARNESS_CONNECTION"), node = null, schedulerId = null;
        var crashOnDelivery = false;
        var crashInTimer = CrashPoint.None;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--connection": cs = Value(args, ++i); break;
                case "--node": node = Value(args, ++i); break;
                case "--scheduler-id": schedulerId = Value(args, ++i); break;
                case "--crash-on-delivery": crashOnDelivery = true; break;
                case "--crash-in-timer":
                    crashInTimer = Value(args, ++i) switch
                    {
                        "before-commit" => CrashPoint.BeforeCommit,
                        "after-commit" => CrashPoint.AfterCommit,
                        var other => throw new ArgumentException($"Expected before-commit or after-commit but got '{other}'. {Usage}"),
                    };
                    break;
                default: throw new ArgumentException($"Expected an option but got '{args[i]}'. {Usage}");
            }
        }

        return new HarnessOptions(
            cs ?? throw new ArgumentException("Expected --connection or CM_HARNESS_CONNECTION. " + Usage),
            node ?? "node-" + Environment.ProcessId, schedulerId, crashOnDelivery, crashInTimer);
    }

    private static string Value(string[] args, int i) =>
        i < args.Length ? args[i] : throw new ArgumentException($"Expected a value after '{args[i - 1]}'. {Usage}");
}
