using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Elements.Containers;

/// <summary>Asks the host to start the called process as a child instance, then waits for CompleteCallActivity.
/// The engine runs one instance at a time: the child is the host's to run, and its end is reported back.</summary>
internal sealed class CallActivity : IElementBehavior
{
    public ActivationResult Activate(ElementContext context)
    {
        var (step, node) = (context.Step, (CallActivityNode)context.Node);
        var variables = node.Inputs is null
            ? new Dictionary<string, object?>(step.Variables)
            : CallActivityMappings.Run(node, node.Inputs, step.Variables, "cm:in", step.Feel);
        var childInstanceId = context.Runner.Subscriptions.OpenCallActivity(node, context.Token);
        step.Commands.Add(new StartCallActivity(childInstanceId, node.Id, node.CalledProcessId, node.Version, variables));
        step.Record(HistoryKinds.CallActivityStarted, node,
        [
            new("childInstanceId", childInstanceId.ToString()), new("processId", node.CalledProcessId), new("version", node.Version is { } v ? (long)v : null),
        ]);
        return ActivationResult.Wait;
    }

    public IReadOnlyList<SequenceFlow> Complete(ElementContext context) => context.Node.Outgoing;

    public void Terminate(ElementContext context)
    {
    }
}
