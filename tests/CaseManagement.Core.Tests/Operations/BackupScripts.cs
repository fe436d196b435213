using System.Diagnostics;
using CaseManagement.Testing;

namespace CaseManagement.Core.Tests.Operations;

/// <summary>Runs the real scripts of deploy/backup and returns their output; a non-zero exit fails the test with it.</summary>
internal static class BackupScripts
{
    public static string PathOf(string script) => Path.Combine(RepositoryPaths.Root, "deploy", "backup", script);

    public static async Task<string> RunAsync(string script, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var psi = new ProcessStartInfo(PathOf(script)) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var (key, value) in environment)
        {
            psi.Environment[key] = value;
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"{script} exited {process.ExitCode}:\n{output}");
        return output;
    }

    /// <summary>pg_ctl as the postgres user when the tests run as root (PostgreSQL refuses root).</summary>
    public static async Task PgCtlAsync(params string[] args)
    {
        var pgCtl = Path.Combine(Environment.GetEnvironmentVariable("CM_PG_BIN") ?? "/usr/lib/postgresql/15/bin", "pg_ctl");
        var psi = Environment.UserName == "root" ? new ProcessStartInfo("runuser") : new ProcessStartInfo(pgCtl);
        if (Environment.UserName == "root")
        {
            foreach (var a in new[] { "-u", "postgres", "--", pgCtl })
            {
                psi.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        using var process = Process.Start(psi)!;
        await process.WaitForExitAsync();
    }

    public static async Task ChownToPostgresAsync(string path)
    {
        if (Environment.UserName != "root")
        {
            return;
        }

        using var process = Process.Start("chown", ["-R", "postgres:postgres", path]);
        await process.WaitForExitAsync();
    }
}
