using CaseManagement.Workflows.Bpmn;
using CaseManagement.Workflows.Execution;
using CaseManagement.Workflows.Tests.Support;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Elements.Tasks;

public sealed class ScriptTaskTests
{
    [Fact]
    public void A_script_assigns_variables_in_order_each_seeing_the_previous()
    {
        var instance = InstanceDriver.Start($"""
            <startEvent id="s"/>
            <scriptTask id="fee" scriptFormat="feel"><script>
              base := if income &lt; 3000000 then 0 else 1200
              total := base * copies; label := upper case(category)
              due := date("2026-04-01") + duration("P14D")
            </script></scriptTask>
            <userTask id="t"/>
            {Flow("s", "fee")}{Flow("fee", "t")}
            """, Vars.Of(("income", 5000000L), ("copies", 2L), ("category", "tax")));

        Assert.Equal(1200L, instance.State.Variables["base"]);
        Assert.Equal(2400L, instance.State.Variables["total"]);
        Assert.Equal("TAX", instance.State.Variables["label"]);
        Assert.Equal("2026-04-15", instance.State.Variables["due"]);
        Assert.Equal(4, instance.Events(HistoryKinds.VariableSet).Count(e => e == "fee"));
    }

    [Fact]
    public void A_script_may_be_given_in_cm_script()
    {
        var instance = InstanceDriver.Start($"""<startEvent id="s"/><scriptTask id="x" cm:script="a := 1; b := a + 0.5"/>{Flow("s", "x")}""");

        Assert.Equal((1L, 1.5m), (instance.State.Variables["a"], instance.State.Variables["b"]));
    }

    [Fact]
    public void A_script_that_is_not_assignments_is_refused_at_import()
    {
        var errors = Assert.Throws<BpmnImportException>(() => Process($"""<startEvent id="s"/><scriptTask id="x" cm:script="a + 1"/>{Flow("s", "x")}""")).Errors;

        Assert.Contains(errors, e => e.ElementId == "x" && e.Message.Contains(":=", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_script_language_is_refused_at_import()
    {
        var errors = Assert.Throws<BpmnImportException>(() => Process($"""<startEvent id="s"/><scriptTask id="x" scriptFormat="javascript"><script>x = 1</script></scriptTask>{Flow("s", "x")}""")).Errors;

        Assert.Contains(errors, e => e.ElementId == "x" && e.Message.Contains("javascript", StringComparison.Ordinal));
    }

    [Fact]
    public void Today_and_now_are_the_command_time_in_the_calendar_zone_not_the_machine_clock()
    {
        var instance = InstanceDriver.Start($"""
            <startEvent id="s"/><userTask id="t"/>
            <scriptTask id="stamp" cm:script="day := today(); hour := now().hour; weekday := day of week(today())"/>
            <userTask id="u"/>
            {Flow("s", "t")}{Flow("t", "stamp")}{Flow("stamp", "u")}
            """);

        // 23:30 UTC on 31 March is 08:30 on 1 April at the (Asia/Tokyo) municipal calendar.
        instance.Now = new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.Zero);
        instance.CompleteTask("t");

        Assert.Equal(("2026-04-01", 8L, "Wednesday"), (instance.State.Variables["day"], instance.State.Variables["hour"], instance.State.Variables["weekday"]));
    }

    [Fact]
    public void A_runaway_script_fails_naming_the_element_and_the_assignment()
    {
        var error = Assert.Throws<WorkflowExecutionException>(() => InstanceDriver.Start($"""
            <startEvent id="s"/><scriptTask id="calc" cm:script="n := count(for i in 1..1000000000 return i)"/>{Flow("s", "calc")}
            """));

        Assert.Equal("calc", error.ElementId);
        Assert.Contains("scriptTask 'calc'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'for i in 1..1000000000 return i' would iterate", error.Message, StringComparison.Ordinal);
        Assert.Contains("(in 'n := count(for i in 1..1000000000 return i)')", error.Message, StringComparison.Ordinal);
    }
}
