using CaseManagement.Workflows.Bpmn;
using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Tests.Support;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Elements.Tasks;

public sealed class ServiceTaskTests
{
    [Fact]
    public void A_service_task_asks_the_host_to_carry_out_its_built_in_activity_and_moves_on()
    {
        var instance = InstanceDriver.Start($"""
            <startEvent id="s"/>
            <serviceTask id="notify" cm:type="notify" cm:template="reception-received" cm:to="=resident.email"/>
            <userTask id="t"/>
            {Flow("s", "notify")}{Flow("notify", "t")}
            """, Vars.Of(("resident", Vars.Of(("email", "yamada@example.jp")))));

        var invoke = Assert.Single(instance.Last.Commands.OfType<InvokeServiceTask>());
        Assert.Equal(("notify", "notify"), (invoke.ElementId, invoke.Type));
        Assert.Equal("reception-received", invoke.Inputs["template"]);
        Assert.Equal("yamada@example.jp", invoke.Inputs["to"]);
        Assert.Equal(["notify"], instance.Events(HistoryKinds.ServiceInvoked));
        Assert.Equal(["t"], instance.OpenTasks.Select(t => t.ElementId));
    }

    [Fact]
    public void Set_variables_is_done_by_the_engine_itself()
    {
        var instance = InstanceDriver.Start($"""
            <startEvent id="s"/><serviceTask id="set" cm:type="set-variables" cm:status="受付済" cm:priority="=if urgent then 1 else 3"/><endEvent id="e"/>
            {Flow("s", "set")}{Flow("set", "e")}
            """, Vars.Of(("urgent", true)));

        Assert.DoesNotContain(instance.Commands, c => c is InvokeServiceTask);
        Assert.Equal(("受付済", 1L), (instance.State.Variables["status"], instance.State.Variables["priority"]));
    }

    [Fact]
    public void An_unknown_service_type_is_refused_at_import()
    {
        var errors = Assert.Throws<BpmnImportException>(() => Process($"""<startEvent id="s"/><serviceTask id="x" cm:type="send-fax"/>{Flow("s", "x")}""")).Errors;

        Assert.Contains(errors, e => e is { ElementId: "x", ElementType: "serviceTask" } && e.Message.Contains("send-fax", StringComparison.Ordinal));
    }
}
