using CaseManagement.Workflows.Execution.Elements.Containers;
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
        [typeof(IntermediateCatchEventNode)] = new IntermediateCatchEvent(),
        [typeof(BoundaryEventNode)] = new BoundaryEvent(),
        [typeof(UserTaskNode)] = new UserTask(),
        [typeof(ServiceTaskNode)] = new ServiceTask(),
        [typeof(ScriptTaskNode)] = new ScriptTask(),
        [typeof(BusinessRuleTaskNode)] = new BusinessRuleTask(),
        [typeof(ExclusiveGatewayNode)] = new ExclusiveGateway(),
        [typeof(ParallelGatewayNode)] = new ParallelGateway(),
        [typeof(InclusiveGatewayNode)] = new InclusiveGateway(),
        [typeof(EventBasedGatewayNode)] = new EventBasedGateway(),
        [typeof(SubProcessNode)] = new SubProcess(),
        [typeof(CallActivityNode)] = new CallActivity(),
    };

    public static IElementBehavior For(FlowNode node) =>
        Table.TryGetValue(node.GetType(), out var behavior)
            ? behavior
            : throw new WorkflowExecutionException(node.Id, $"Expected a behaviour registered for {node.ElementType} but there is none");
}
