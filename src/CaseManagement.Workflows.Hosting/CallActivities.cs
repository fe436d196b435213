using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;

namespace CaseManagement.Workflows.Hosting;

/// <summary>The host's half of call activities, in the step's transaction: start the child a step asks for,
/// report a child's end to its parent, and end a child whose call activity was left (docs/BPMN-CONFORMANCE.md).</summary>
internal sealed class CallActivities(WorkflowRuntime runtime, WorkflowDefinitionStore definitions)
{
    // A process that calls itself without waiting would otherwise recurse until the stack gives out.
    private const int MaxDepth = 32;

    /// <param name="parentId">the instance's parent (it called this one), read with its lock.</param>
    public async Task FollowUpAsync(WorkflowSession session, Guid instanceId, Guid? parentId, StepResult result, int depth, CancellationToken ct)
    {
        if (depth > MaxDepth)
        {
            throw new WorkflowExecutionException(null, $"Call activities nest deeper than {MaxDepth} levels (a process calling itself without a wait state?).");
        }

        foreach (var command in result.Commands)
        {
            switch (command)
            {
                case StartCallActivity start:
                    await StartChildAsync(session, instanceId, start, depth, ct);
                    break;
                case CancelCallActivity cancel:
                    // The child ends Terminated; its end is not reported back (the parent has already left).
                    await runtime.ExecuteLockedAsync(session, cancel.ChildInstanceId, now => new CancelInstance(now), depth + 1, ct);
                    break;
            }
        }

        if (parentId is { } parent && result.Commands.OfType<InstanceCompleted>().Any())
        {
            // A stale report (the parent left the call activity already) is an empty step for the engine.
            await runtime.ExecuteLockedAsync(session, parent, now => new CompleteCallActivity(instanceId, result.State.Variables, now), depth + 1, ct);
        }
    }

    private async Task StartChildAsync(WorkflowSession session, Guid parentId, StartCallActivity start, int depth, CancellationToken ct)
    {
        var deployed = (start.Version is { } version
                ? await definitions.FindVersionAsync(session, start.ProcessId, version, ct)
                : await definitions.FindLatestAsync(session, start.ProcessId, ct))
            ?? throw new WorkflowNotPublishedException(start.ProcessId);
        string? businessKey;
        await using (var cmd = session.Command("SELECT business_key FROM wf_instances WHERE id = $1", parentId))
        {
            // The child works on the same case as its parent.
            businessKey = await cmd.ExecuteScalarAsync(ct) as string;
        }

        var child = await runtime.InsertAsync(session, deployed, start.ChildInstanceId, businessKey, (parentId, start.ElementId), start.Variables, ct);
        await FollowUpAsync(session, start.ChildInstanceId, parentId, child, depth + 1, ct);
    }
}
