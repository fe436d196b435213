using CaseManagement.Workflows.Execution.Elements.Events;
using CaseManagement.Workflows.Execution.Elements.Gateways;
using CaseManagement.Workflows.Execution.Elements.Tasks;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements;

/// <summary>The one table from model node type to behaviour. A node type missing here fails loudly.</summary>
internal static class ElementBehaviors
{
    private static readonly Dictionary<Type, IElementBehavior> Table = new()
    {
        [typeof(StartEventNode)] = new StartEvent(),
        [typeof(EndEventNode)] = new EndEvent(),
        [typeof(UserTaskNode)] = new UserTask(),
        [typeof(ExclusiveGatewayNode)] = new ExclusiveGateway(),
    };

    public static IElementBehavior For(FlowNode node) =>
        Table.TryGetValue(node.GetType(), out var behavior)
            ? behavior
            : throw new WorkflowExecutionException(node.Id, $"Expected a behaviour registered for {node.ElementType} but there is none");
}
