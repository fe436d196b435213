using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CaseManagement.Core.Common.Database;

/// <summary>Starts (initdb on first use) and stops a private PostgreSQL cluster under a folder of ours.
/// PostgreSQL refuses to run as root, so as root every server command runs through <c>runuser -u postgres</c>.</summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private readonly EmbeddedPostgresOptions options;
    private bool stopped;

    private EmbeddedPostgres(EmbeddedPostgresOptions options, int port)
    {
        this.options = options;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The login role the application uses on this cluster (member of <see cref="DatabaseRoles.Application"/>).</summary>
    public const string ApplicationLogin = "casemanagement_web";

    /// <summary>The superuser: owns the tables, runs the migrations.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = options.Database,
        Pooling = true,
        MaxPoolSize = 50,
    }.ConnectionString;

    /// <summary>The application's connection: not the owner, so it cannot change or delete audit rows (ADR 0016).
    /// Loopback connections are trusted (initdb --auth=trust), so the role needs no password here.</summary>
    public string ApplicationConnectionString =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Username = ApplicationLogin }.ConnectionString;

    public static async Task<EmbeddedPostgres> StartAsync(EmbeddedPostgresOptions options, CancellationToken ct = default)
    {
        var initdb = Path.Combine(options.BinDirectory, "initdb");
        if (!File.Exists(initdb))
        {
            throw new InvalidOperationException(
                $"PostgreSQL のサーバープログラムが見つかりません ({initdb})。./run か ./test で導入するか、ConnectionStrings__Default を設定してください。");
        }

        var dataDir = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(dataDir);
        if (IsRoot)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", dataDir], ct);
        }

        if (!File.Exists(Path.Combine(dataDir, "PG_VERSION")))
        {
            await RunServerToolAsync(initdb, ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], ct);
            await File.AppendAllTextAsync(Path.Combine(dataDir, "postgresql.conf"), ConfigFor(dataDir, options.Throwaway), ct);
        }

        var port = options.Port != 0 ? options.Port : FreeLoopbackPort();
        var log = Path.Combine(dataDir, "server.log");
        await RunServerToolAsync(Path.Combine(options.BinDirectory, "pg_ctl"),
            ["-D", dataDir, "-l", log, "-w", "-t", "60", "-o", $"-p {port}", "start"], ct, log);

        var server = new EmbeddedPostgres(options with { DataDirectory = dataDir }, port);
        await server.EnsureDatabaseAsync(ct);
        await DatabaseRoles.EnsureApplicationLoginAsync(
            new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString,
            ApplicationLogin, password: null, ct);
        return server;
    }

    public async Task StopAsync()
    {
        if (stopped)
        {
            return;
        }

        stopped = true;
        NpgsqlConnection.ClearAllPools();
        await RunServerToolAsync(Path.Combine(options.BinDirectory, "pg_ctl"),
            ["-D", options.DataDirectory, "-m", "fast", "-w", "stop"], CancellationToken.None);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static bool IsRoot => Environment.UserName == "root";

    private static string ConfigFor(string dataDir, bool throwaway)
    {
        var conf = $"""

            # --- CaseManagement embedded cluster ---
            listen_addresses = '127.0.0.1'
            unix_socket_directories = '{dataDir}'
            max_connections = 200
            shared_buffers = 128MB
            """;
        return throwaway
            ? conf + "\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
            : conf + "\n";
    }

    /// <summary>A loopback TCP port free at the moment of asking (for a server about to be started on it).</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task EnsureDatabaseAsync(CancellationToken ct)
    {
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using var conn = new NpgsqlConnection(admin.ConnectionString);
        await conn.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", conn)
        {
            Parameters = { new() { Value = options.Database } },
        };
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(options.Database, "^[a-z_][a-z0-9_]*$"))
            {
                throw new ArgumentException($"database name '{options.Database}' must be a plain lower-case identifier");
            }

#pragma warning disable CA2100 // an identifier cannot be a parameter; it was checked above to be a plain name
            await using var create = new NpgsqlCommand($"CREATE DATABASE {options.Database}", conn);
#pragma warning restore CA2100
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    private static Task RunServerToolAsync(string tool, string[] args, CancellationToken ct, string? logToShow = null) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", tool, .. args], ct, logToShow) : RunAsync(tool, args, ct, logToShow);

    private static async Task RunAsync(string file, string[] args, CancellationToken ct, string? logToShow = null)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            var log = logToShow is not null && File.Exists(logToShow) ? await File.ReadAllTextAsync(logToShow, ct) : "";
            throw new InvalidOperationException(
                $"PostgreSQL の起動・停止に失敗しました: {file} {string.Join(' ', args)} (exit {process.ExitCode})\n{await stdout}\n{await stderr}\n{Tail(log)}");
        }
    }

    private static string Tail(string log) => log.Length > 2000 ? log[^2000..] : log;
}
