namespace CaseManagement.Workflows.Tests.Conformance;

/// <summary>Finds the peer models beside the repository (../shared/conformance/bpmn-elements from the folder holding
/// CaseManagement.sln) and the oracle's recorded results in tools/conformance. The models are read in place, never copied.</summary>
internal static class ConformanceFolder
{
    public static readonly string? RepositoryRoot = FindRoot();

    public static readonly string? Models = RepositoryRoot is null ? null : Existing(Path.Combine(RepositoryRoot, "..", "shared", "conformance", "bpmn-elements"));

    public static string RecordedResults => Path.Combine(RepositoryRoot!, "tools", "conformance", "bpmn-engine-results.json");

    /// <summary>Every model's file name ("timers.bpmn"), in ordinal order.</summary>
    public static IEnumerable<string> ModelNames() => Models is null
        ? []
        : Directory.GetFiles(Models, "*.bpmn").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseManagement.sln"))) return dir.FullName;
        }
        return null;
    }

    private static string? Existing(string path) => Directory.Exists(path) ? Path.GetFullPath(path) : null;
}
