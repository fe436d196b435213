namespace CaseManagement.Workflows.Tests.Dmn.Tck;

/// <summary>Finds the DMN TCK (level 2) beside the repository: ../shared/conformance/dmn-tck-level-2 from the folder
/// holding CaseManagement.sln. It is read in place, never copied into the repository.</summary>
internal static class TckFolder
{
    public static readonly string? Path = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(System.IO.Path.Combine(dir.FullName, "CaseManagement.sln"))) continue;
            var tck = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "conformance", "dmn-tck-level-2"));
            return Directory.Exists(tck) ? tck : null;
        }
        return null;
    }

    /// <summary>Every test case as "folder/id", e.g. "0004-simpletable-U/001", in folder order.</summary>
    public static IEnumerable<string> CaseKeys() => Path is null
        ? []
        : Directory.GetDirectories(Path).Order(StringComparer.Ordinal)
            .SelectMany(folder => Directory.GetFiles(folder, "*-test-*.xml").Order(StringComparer.Ordinal))
            .SelectMany(file => TckTestFile.Load(file).Cases.Select(c => $"{System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(file))}/{c.Id}"));
}
