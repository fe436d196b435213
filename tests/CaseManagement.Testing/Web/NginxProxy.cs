using System.Diagnostics;
using System.Globalization;
using System.Net;
using CaseManagement.Core.Common.Database;

namespace CaseManagement.Testing.Web;

/// <summary>Debian's nginx in front of app nodes on loopback, configured as deploy/nginx/upstream-two-nodes.conf says
/// (pages to any node, the SignalR hubs hashed on the client's address, WebSockets upgraded), without TLS. It runs in
/// the foreground as a child of the test and logs which node served each request.</summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly Process process;
    private readonly string directory;

    private NginxProxy(Process process, string directory, Uri baseAddress)
    {
        this.process = process;
        this.directory = directory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts nginx on a free loopback port in front of <paramref name="nodes"/> and waits until it answers.</summary>
    public static async Task<NginxProxy> StartAsync(params Uri[] nodes)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"{Binary} is missing: ./test installs Debian's nginx (apt-get install nginx-light)");
        }

        var directory = Directory.CreateTempSubdirectory("cm-nginx-").FullName;
        var port = EmbeddedPostgres.FreeLoopbackPort();
        var servers = string.Concat(nodes.Select(n => $"        server 127.0.0.1:{n.Port} max_fails=2 fail_timeout=10s;\n"));
        var config = $$"""
            daemon off;
            master_process off;
            worker_processes 1;
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/error.log warn;
            events { worker_connections 256; }
            http {
                log_format upstream '$request_method $uri $status $upstream_addr';
                access_log {{directory}}/access.log upstream;
                client_body_temp_path {{directory}}/client_body;
                proxy_temp_path {{directory}}/proxy;
                fastcgi_temp_path {{directory}}/fastcgi;
                uwsgi_temp_path {{directory}}/uwsgi;
                scgi_temp_path {{directory}}/scgi;
                client_max_body_size 20m;
                upstream casemanagement {
                    least_conn;
            {{servers}}        keepalive 8;
                }
                upstream casemanagement_hubs {
                    hash $remote_addr consistent;
            {{servers}}    }
                map $http_upgrade $connection_upgrade {
                    default upgrade;
                    ''      close;
                }
                server {
                    listen 127.0.0.1:{{port}};
                    location ~ ^(/hubs/|/Resident/Consultation/[^/]+/hub) {
                        proxy_pass http://casemanagement_hubs;
                        proxy_http_version 1.1;
                        proxy_set_header Host $http_host;
                        proxy_set_header X-Forwarded-For $remote_addr;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_set_header Upgrade $http_upgrade;
                        proxy_set_header Connection $connection_upgrade;
                        proxy_read_timeout 120s;
                        proxy_buffering off;
                    }
                    location / {
                        proxy_pass http://casemanagement;
                        proxy_http_version 1.1;
                        proxy_set_header Host $http_host;
                        proxy_set_header Connection "";
                        proxy_set_header X-Forwarded-For $remote_addr;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_next_upstream error timeout http_502 http_503;
                        proxy_read_timeout 120s;
                    }
                }
            }
            """;
        var file = Path.Combine(directory, "nginx.conf");
        await File.WriteAllTextAsync(file, config);
        var process = Process.Start(new ProcessStartInfo(Binary, ["-p", directory, "-c", file])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var proxy = new NginxProxy(process, directory, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"));
        using var client = new HttpClient { BaseAddress = proxy.BaseAddress };
        for (var attempt = 0; ; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("nginx stopped: " + await process.StandardError.ReadToEndAsync() + proxy.ErrorLog());
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return proxy;
                }
            }
            catch (HttpRequestException) when (attempt < 100)
            {
            }

            // nginx gives no readiness signal on stdout; its port answering is the event waited for.
            await Task.Delay(50);
        }
    }

    /// <summary>The node ports (as nginx's upstream addresses) that served requests whose path starts with <paramref name="prefix"/>.</summary>
    public IReadOnlySet<int> PortsServing(string prefix = "/") =>
        File.ReadAllLines(Path.Combine(directory, "access.log"))
            .Select(l => l.Split(' '))
            .Where(f => f.Length >= 4 && f[1].StartsWith(prefix, StringComparison.Ordinal))
            .SelectMany(f => f[3].Split(", "))
            .Where(a => IPEndPoint.TryParse(a, out _))
            .Select(a => IPEndPoint.Parse(a).Port)
            .ToHashSet();

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>nginx's access and error logs, for a failing test's message.</summary>
    public string Logs() => File.ReadAllText(Path.Combine(directory, "access.log")) + "\n" + ErrorLog();

    private string ErrorLog() => File.Exists(Path.Combine(directory, "error.log")) ? File.ReadAllText(Path.Combine(directory, "error.log")) : "";

}
