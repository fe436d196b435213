using CaseManagement.Workflows.Feel;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements.Containers;

/// <summary>Runs a call activity's cm:in or cm:out assignments, naming the element when one fails.</summary>
internal static class CallActivityMappings
{
    public static IReadOnlyDictionary<string, object?> Run(CallActivityNode node, FeelScript mapping, IReadOnlyDictionary<string, object?> source, string attribute, FeelEnvironment environment)
    {
        try
        {
            return mapping.Run(source, environment);
        }
        catch (FeelException e)
        {
            throw new WorkflowExecutionException(node.Id, $"{attribute} of callActivity '{node.Id}' failed: {e.Message}");
        }
    }
}
