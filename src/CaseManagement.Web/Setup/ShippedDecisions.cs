using CaseManagement.Workflows.Dmn;

namespace CaseManagement.Web.Setup;

/// <summary>The decision tables shipped in workflows/*.dmn, keyed by file name (what cm:decisionRef names).
/// Versioned storage of decisions comes with the admin editor; until then the shipped files are the decisions.</summary>
internal static class ShippedDecisions
{
    public static string WorkflowsDirectory(IConfiguration config) =>
        config["CaseManagement:WorkflowsDirectory"] ?? Path.Combine(AppContext.BaseDirectory, "workflows");

    /// <exception cref="DmnImportException">a shipped file is not valid DMN: the start stops and says which.</exception>
    public static IDecisionProvider Load(string directory) => new DmnDocuments(
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.dmn").ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => DmnReader.Read(File.ReadAllText(f)))
            : new Dictionary<string, DmnDefinitions>());
}
