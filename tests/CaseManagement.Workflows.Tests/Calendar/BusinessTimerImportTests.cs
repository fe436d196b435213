using CaseManagement.Workflows.Bpmn;
using CaseManagement.Workflows.Model;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Calendar;

public sealed class BusinessTimerImportTests
{
    private static string Waiting(string timer) => $"""
        <startEvent id="s"/>
        <intermediateCatchEvent id="wait" {timer}
        <endEvent id="e"/>
        {Flow("s", "wait")}{Flow("wait", "e")}
        """;

    /// <summary>The first error; the flows touching a refused element are refused after it.</summary>
    private static BpmnImportError Refused(string body) => Assert.Throws<BpmnImportException>(() => Process(body)).Errors[0];

    [Fact]
    public void A_business_duration_on_the_event_is_read_as_a_business_timer() =>
        Assert.Equal(new TimerTrigger(TimerKind.BusinessDuration, "P2D"),
            Assert.IsType<IntermediateCatchEventNode>(Process(Waiting("""cm:businessDuration="P2D"><timerEventDefinition/></intermediateCatchEvent>""")).Nodes["wait"]).Trigger);

    [Fact]
    public void A_business_duration_on_the_timer_definition_is_read_too() =>
        Assert.Equal(new TimerTrigger(TimerKind.BusinessDuration, "PT8H"),
            Assert.IsType<IntermediateCatchEventNode>(Process(Waiting("""><timerEventDefinition cm:businessDuration=" PT8H "/></intermediateCatchEvent>""")).Nodes["wait"]).Trigger);

    [Theory]
    [InlineData("P1W")]
    [InlineData("P1M")]
    [InlineData("2 days")]
    [InlineData("")]
    public void A_malformed_business_duration_is_an_import_error_naming_the_element(string value)
    {
        var error = Refused(Waiting($"""cm:businessDuration="{value}"><timerEventDefinition/></intermediateCatchEvent>"""));

        Assert.Equal(("wait", "intermediateCatchEvent"), (error.ElementId, error.ElementType));
        Assert.Contains("cm:businessDuration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_business_duration_beside_a_standard_duration_is_refused() =>
        Assert.Contains("exactly one", Refused(Waiting("""cm:businessDuration="P2D"><timerEventDefinition><timeDuration>P2D</timeDuration></timerEventDefinition></intermediateCatchEvent>""")).Message, StringComparison.Ordinal);

    [Fact]
    public void A_business_duration_on_a_start_event_is_refused()
    {
        var error = Refused($"""
            <startEvent id="s" cm:businessDuration="P1D"><timerEventDefinition/></startEvent>
            <endEvent id="e"/>
            {Flow("s", "e")}
            """);

        Assert.Equal("s", error.ElementId);
        Assert.Contains("intermediate catch and boundary", error.Message, StringComparison.Ordinal);
    }
}
