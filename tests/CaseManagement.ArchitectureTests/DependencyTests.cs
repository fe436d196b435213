using System.Reflection;

namespace CaseManagement.ArchitectureTests;

/// <summary>The rooms of ARCHITECTURE.md §2: the engine is a pure interpreter, Hosting and Core know no ASP.NET.</summary>
public sealed class DependencyTests
{
    private static readonly Assembly Engine = typeof(Workflows.Execution.WorkflowEngine).Assembly;
    private static readonly Assembly Hosting = typeof(Workflows.Hosting.WorkflowRuntime).Assembly;
    private static readonly Assembly Core = typeof(Core.Common.CaseDbContext).Assembly;

    [Fact]
    public void The_engine_references_only_the_base_library_and_logging_abstractions()
    {
        var allowed = new[] { "System.", "Microsoft.Extensions.Logging.Abstractions", "netstandard", "mscorlib" };

        var references = Engine.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, r => Assert.True(
            r == "System" || allowed.Any(a => r.StartsWith(a, StringComparison.Ordinal)) || r == "Microsoft.Extensions.Logging.Abstractions",
            $"CaseManagement.Workflows must not reference {r}"));
    }

    [Theory]
    [InlineData("Hosting")]
    [InlineData("Core")]
    public void Hosting_and_Core_reference_no_ASP_NET(string which)
    {
        var assembly = which == "Hosting" ? Hosting : Core;

        var aspNet = assembly.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)).ToList();

        Assert.Empty(aspNet);
    }

    [Fact]
    public void The_engine_and_Hosting_know_nothing_of_EF_Core()
    {
        foreach (var assembly in new[] { Engine, Hosting })
        {
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        }
    }
}
