using System.Text.Json;
using CaseManagement.Core.Administration;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Database;
using CaseManagement.Core.Common.Security;
using CaseManagement.Web.Identity;
using CaseManagement.Workflows.Hosting;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Web.Setup;

/// <summary>What happens before the first request: migrations, shipped workflows, demo data.</summary>
internal static class StartupTasks
{
    public static async Task PrepareAsync(this WebApplication app)
    {
        var config = app.Configuration;
        await app.Services.GetRequiredService<SqlMigrator>().MigrateAsync(DatabaseBootstrap.MigrationsConnectionString(config), SqlMigration.Embedded());
        await WarnWhenAuditLogIsWritableAsync(app.Services);
        await PublishWorkflowsAsync(app.Services, ShippedDecisions.WorkflowsDirectory(config));
        // Publish the shipped decisions now (as version 1, or a new version when a file changed), so that a broken
        // .dmn stops the start instead of the first case.
        await ShippedDecisions.PublishAsync(app.Services, ShippedDecisions.WorkflowsDirectory(config));
        if (config.GetValue("CaseManagement:SeedDemoData", false))
        {
            await SeedDemoDataAsync(app.Services, Path.Combine(AppContext.BaseDirectory, "seed", "demo.json"));
        }
    }

    // Works with one role too (an external ConnectionStrings__Default that owns the tables), but then only the hash
    // chain protects the audit log: say so at every start.
    private static async Task WarnWhenAuditLogIsWritableAsync(IServiceProvider services)
    {
        await using var cmd = services.GetRequiredService<Npgsql.NpgsqlDataSource>().CreateCommand(
            "SELECT has_table_privilege('audit_log', 'UPDATE') OR has_table_privilege('audit_log', 'DELETE')");
        if ((bool)(await cmd.ExecuteScalarAsync())!)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupTasks)).LogWarning(
                "The application's database role may UPDATE or DELETE audit_log rows; connect as a member of {Role}, not as the owner (deploy/DATABASE-ROLES.md)",
                DatabaseRoles.Application);
        }
    }

    private static async Task PublishWorkflowsAsync(IServiceProvider services, string directory)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionStore>();
        var log = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupTasks));
        foreach (var file in Directory.EnumerateFiles(directory, "*.bpmn").Order(StringComparer.Ordinal))
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            // A shipped file already published once stays put: an admin may have published a newer version since.
            foreach (var d in await store.PublishAsync(db.WorkflowSession(), await File.ReadAllTextAsync(file), unlessEverPublished: true))
            {
                log.LogInformation("Workflow {Process} v{Version} {State} from {File}", d.ProcessId, d.Version, d.IsNewVersion ? "published" : "unchanged", Path.GetFileName(file));
            }

            await tx.CommitAsync();
        }
    }

    private static async Task SeedDemoDataAsync(IServiceProvider services, string file)
    {
        var seed = JsonSerializer.Deserialize<DemoSeed>(await File.ReadAllTextAsync(file), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        // Seeding is the platform acting, not a person.
        sp.GetRequiredService<ActorOverride>().Actor = new SystemActor();
        var mediator = sp.GetRequiredService<IMediator>();
        foreach (var c in seed.Categories)
        {
            await mediator.Send(new EnsureCategory(c.Code, c.NameJa, c.NameEn, c.DescriptionJa, c.DescriptionEn, c.Workflow, c.SortOrder));
        }

        var users = sp.GetRequiredService<UserManager<StaffUser>>();
        var roles = sp.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() }));
            }
        }

        foreach (var s in seed.Staff)
        {
            var user = await users.FindByNameAsync(s.UserName);
            if (user is null)
            {
                user = new StaffUser { Id = Guid.CreateVersion7(), UserName = s.UserName, Email = s.Email, EmailConfirmed = true, DisplayName = s.DisplayName };
                Check(await users.CreateAsync(user, s.Password));
                Check(await users.AddToRolesAsync(user, s.Roles));
            }

            await mediator.Send(new EnsureStaffMember(user.Id, s.DisplayName, s.Categories));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("demo seed failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
