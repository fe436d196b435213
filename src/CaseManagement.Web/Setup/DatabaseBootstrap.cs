using CaseManagement.Core.Common.Database;

namespace CaseManagement.Web.Setup;

/// <summary>Finds the database: ConnectionStrings:Default when given (and ConnectionStrings:Migrations, the owner's, if
/// the migrations should not run as the application's role), else a private cluster under .data/pg whose superuser
/// runs the migrations while the application connects as casemanagement_web (ADR 0016).</summary>
internal static class DatabaseBootstrap
{
    public static async Task<string> EnsureDatabaseAsync(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString("Default");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var dataDir = builder.Configuration["CaseManagement:DataDirectory"] ?? Path.Combine(FindRepositoryRoot(), ".data", "pg");
        var port = int.TryParse(builder.Configuration["CM_PG_PORT"], out var p) ? p : 0;
        Console.WriteLine($"PostgreSQL を起動しています ({dataDir}) / starting embedded PostgreSQL…");
        var server = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataDirectory = dataDir, Port = port });
        builder.Services.AddSingleton(server);
        builder.Services.AddHostedService<EmbeddedPostgresLifetime>();
        builder.Configuration["ConnectionStrings:Default"] = server.ApplicationConnectionString;
        builder.Configuration["ConnectionStrings:Migrations"] = server.ConnectionString;
        return server.ApplicationConnectionString;
    }

    /// <summary>The connection migrations run on: the owner's when configured, else the application's own.</summary>
    public static string MigrationsConnectionString(IConfiguration config) =>
        config.GetConnectionString("Migrations") is { Length: > 0 } owner ? owner : config.GetConnectionString("Default")!;

    // ./run starts the app from the repository; .data/ lives beside the solution file.
    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseManagement.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
