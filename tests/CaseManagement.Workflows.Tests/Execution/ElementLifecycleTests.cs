using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Execution.Elements;
using CaseManagement.Workflows.Model;
using Xunit;

namespace CaseManagement.Workflows.Tests.Execution;

public sealed class ElementLifecycleTests
{
    [Theory]
    [InlineData(ElementState.Activating, ElementState.Activated)]
    [InlineData(ElementState.Activated, ElementState.Completing)]
    [InlineData(ElementState.Completing, ElementState.Completed)]
    [InlineData(ElementState.Activated, ElementState.Terminating)]
    [InlineData(ElementState.Terminating, ElementState.Terminated)]
    public void The_lifecycle_allows_the_zeebe_transitions(ElementState from, ElementState to) =>
        Assert.True(ElementLifecycle.CanTransition(from, to));

    [Theory]
    [InlineData(ElementState.Activating, ElementState.Completed)]
    [InlineData(ElementState.Completed, ElementState.Activated)]
    [InlineData(ElementState.Terminated, ElementState.Completing)]
    [InlineData(ElementState.Terminating, ElementState.Completed)]
    public void An_illegal_transition_is_refused_with_expected_but(ElementState from, ElementState to)
    {
        var token = new Token(Guid.NewGuid(), "task", from, null, null);

        var error = Assert.Throws<WorkflowExecutionException>(() => ElementLifecycle.Transition(token, to));

        Assert.Equal("task", error.ElementId);
        Assert.Matches("^Expected .* but ", error.Message);
    }

    [Fact]
    public void Every_node_type_the_reader_produces_has_a_registered_behaviour()
    {
        var nodeTypes = typeof(FlowNode).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(FlowNode)) && !t.IsAbstract);

        foreach (var type in nodeTypes)
        {
            var node = (FlowNode)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);
            Assert.NotNull(ElementBehaviors.For(node));
        }
    }

    [Fact]
    public void An_unregistered_node_type_fails_with_expected_but()
    {
        var error = Assert.Throws<WorkflowExecutionException>(() => ElementBehaviors.For(new UnknownNode { Id = "odd", ElementType = "oddTask" }));

        Assert.Equal("Expected a behaviour registered for oddTask but there is none", error.Message);
    }

    private sealed record UnknownNode : FlowNode;
}
