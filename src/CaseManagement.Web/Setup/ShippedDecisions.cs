using CaseManagement.Core.Administration;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Web.Setup;

/// <summary>The decision tables shipped in workflows/*.dmn, published at start under their file name (what
/// cm:decisionRef names) unless that content was ever published; the editor in Admin publishes the next versions.</summary>
internal static class ShippedDecisions
{
    public static string WorkflowsDirectory(IConfiguration config) =>
        config["CaseManagement:WorkflowsDirectory"] ?? Path.Combine(AppContext.BaseDirectory, "workflows");

    /// <exception cref="CaseManagement.Workflows.Dmn.DmnImportException">a shipped file is not valid DMN: the start stops and says which.</exception>
    public static async Task PublishAsync(IServiceProvider services, string directory)
    {
        if (!Directory.Exists(directory)) return;
        using var scope = services.CreateScope();
        // Publishing a shipped file is the platform acting, not a person.
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemActor();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var log = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ShippedDecisions));
        foreach (var file in Directory.EnumerateFiles(directory, "*.dmn").Order(StringComparer.Ordinal))
        {
            var d = await mediator.Send(new PublishShippedDecision(Path.GetFileNameWithoutExtension(file), await File.ReadAllTextAsync(file)));
            log.LogInformation("Decision {DecisionRef} v{Version} {State} from {File}", d.DecisionRef, d.Version, d.IsNewVersion ? "published" : "unchanged", Path.GetFileName(file));
        }
    }
}
