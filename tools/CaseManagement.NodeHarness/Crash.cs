using System.Diagnostics;

namespace CaseManagement.NodeHarness;

/// <summary>Dies like a node whose machine lost power: SIGKILL to itself, no finally blocks, no graceful shutdown.</summary>
public static class Crash
{
    public static void Now(string where)
    {
        Console.Error.WriteLine($"harness: killing myself (pid {Environment.ProcessId}) {where}");
        Console.Error.Flush();
        using var self = Process.GetCurrentProcess();
        self.Kill();
        Thread.Sleep(Timeout.Infinite);
    }
}
