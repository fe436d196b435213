using System.Text.RegularExpressions;
using CaseManagement.Testing;

namespace CaseManagement.ArchitectureTests;

/// <summary>A module of Core reaches another module through MediatR, never through its tables (ARCHITECTURE.md §2).
/// Checked on the source: every <c>db.X</c> a module's file touches must belong to that module or be an engine table.</summary>
public sealed partial class ModuleBoundaryTests
{
    // Which module owns which DbSet of CaseDbContext. The wf_* views are the engine's, readable from any module.
    private static readonly Dictionary<string, string> Owner = new()
    {
        ["Categories"] = "Administration",
        ["StaffMembers"] = "Administration",
        ["StaffCategories"] = "Administration",
        ["CategoryReceptionHours"] = "Administration",
        ["CategoryClosedDays"] = "Administration",
        ["Notices"] = "Administration",
        ["Cases"] = "Cases",
        ["Residents"] = "Residents",
        ["ResidentSignInCodes"] = "Residents",
        ["ResidentSignInFailures"] = "Residents",
        ["LineWebhookEvents"] = "Residents",
        ["CaseMessages"] = "Consultations",
        ["CaseAttachments"] = "Consultations",
        ["CaseReadMarks"] = "Consultations",
        ["WorkTasks"] = "Tasks",
        ["TaskHistoryViews"] = "Tasks",
        ["AuditLog"] = "Audit",
        ["CategoryClosureItems"] = "Administration",
        ["StaffNotifications"] = "Notifications",
        ["StaffNotificationReads"] = "Notifications",
        ["StaffIpRanges"] = "Administration",
        ["WorkflowInstances"] = "*",
        ["WorkflowDefinitions"] = "*",
        ["WorkflowHistory"] = "*",
        ["WorkflowTimers"] = "*",
        ["CategoryAssignments"] = "Administration",
        ["StaffDuty"] = "Administration",
        ["TaskAssignments"] = "Tasks",
        ["CaseNotes"] = "Cases",
        ["CaseTags"] = "Cases",
        ["WorkflowDrafts"] = "Administration",
        ["DecisionVersions"] = "Administration",
        ["DecisionDrafts"] = "Administration",
    };

    public static TheoryData<string> ModuleFiles => new(Directory
        .EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "CaseManagement.Core"), "*.cs", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Path.Combine(RepositoryPaths.Root, "src", "CaseManagement.Core"), f))
        .Where(f => !f.StartsWith("Common", StringComparison.Ordinal) && !f.StartsWith("obj", StringComparison.Ordinal) && !f.StartsWith("bin", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(ModuleFiles))]
    public void A_module_touches_only_its_own_tables(string file)
    {
        var module = file.Split(Path.DirectorySeparatorChar)[0];
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "CaseManagement.Core", file));

        var foreign = DbSetUse().Matches(source).Select(m => m.Groups[1].Value)
            .Where(set => Owner.TryGetValue(set, out var owner) && owner != "*" && owner != module)
            .Distinct()
            .ToList();

        Assert.True(foreign.Count == 0, $"{file} (module {module}) uses {string.Join(", ", foreign)} of another module; send that module a request instead");
    }

    [Fact]
    public void Every_DbSet_of_the_context_has_an_owner()
    {
        var sets = typeof(Core.Common.CaseDbContext).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Microsoft.EntityFrameworkCore.DbSet<>))
            .Select(p => p.Name);

        Assert.All(sets, s => Assert.True(Owner.ContainsKey(s), $"decide which module owns CaseDbContext.{s}"));
    }

    [GeneratedRegex(@"\bdb\.(\w+)\b")]
    private static partial Regex DbSetUse();
}
