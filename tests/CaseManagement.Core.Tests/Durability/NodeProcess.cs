using System.Collections.Concurrent;
using System.Diagnostics;
using CaseManagement.Testing;

namespace CaseManagement.Core.Tests.Durability;

/// <summary>One app node in its own OS process (tools/CaseManagement.NodeHarness), so that it can really die:
/// SIGKILL from outside, or the harness killing itself at a chosen moment.</summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private static readonly SemaphoreSlim BuildOnce = new(1, 1);
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private NodeProcess(Process process, string name)
    {
        this.process = process;
        Name = name;
    }

    public string Name { get; }

    /// <summary>Completes when the process has ended, for whatever reason.</summary>
    public Task Exited { get; private set; } = Task.CompletedTask;

    public int ExitCode => process.ExitCode;

    /// <summary>What the node wrote, for failure messages.</summary>
    public string Output => Name + ":\n" + string.Join('\n', output);

    public static async Task<NodeProcess> StartAsync(string connectionString, string name, params string[] options)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(await HarnessAsync());
        foreach (var a in (string[])["--connection", connectionString, "--node", name, .. options])
        {
            info.ArgumentList.Add(a);
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var node = new NodeProcess(process, name);
        process.OutputDataReceived += (_, e) => node.Record(e.Data);
        process.ErrorDataReceived += (_, e) => node.Record(e.Data);
        process.Start();
        node.Exited = process.WaitForExitAsync();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Waits for the node to die on its own (a --crash-… mode).</summary>
    public async Task DiesAsync(TimeSpan within)
    {
        try
        {
            await Exited.WaitAsync(within);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Expected {Name} to die within {within} but it kept running.\n{Output}");
        }
    }

    /// <summary>SIGKILL to the node and its children.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await Exited;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    /// <summary>The harness built with the test's own configuration. The test project references it (without its assembly), so
    /// building the tests builds it too; it is built here only if that somehow did not happen.</summary>
    private static async Task<string> HarnessAsync()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var project = Path.Combine(RepositoryPaths.Root, "tools", "CaseManagement.NodeHarness");
        var dll = Path.Combine(project, "bin", configuration, "net10.0", "CaseManagement.NodeHarness.dll");
        await BuildOnce.WaitAsync();
        try
        {
            if (!File.Exists(dll))
            {
                using var build = Process.Start("dotnet", ["build", project, "-c", configuration, "-nologo", "-v", "q"]);
                await build.WaitForExitAsync();
                Assert.True(build.ExitCode == 0, $"building {project} failed");
            }
        }
        finally
        {
            BuildOnce.Release();
        }

        return dll;
    }
}
