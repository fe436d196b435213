using CaseManagement.Workflows.Bpmn;
using Xunit;
using static CaseManagement.Workflows.Tests.Support.TestBpmn;

namespace CaseManagement.Workflows.Tests.Bpmn;

/// <summary>Comparing two versions: elements added, removed and changed, with which properties changed.</summary>
public sealed class BpmnDiffTests
{
    [Fact]
    public void The_same_document_has_no_changes() =>
        Assert.Empty(BpmnDiff.Compare(Workflow("consultation.bpmn"), Workflow("consultation.bpmn")));

    [Fact]
    public void Moving_shapes_on_the_diagram_is_not_a_change()
    {
        var before = Workflow("consultation.bpmn");

        Assert.Empty(BpmnDiff.Compare(before, before.Replace("<dc:Bounds x=\"400\" y=\"260\"", "<dc:Bounds x=\"420\" y=\"280\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_added_task_a_removed_reminder_and_a_changed_queue_and_timer_are_reported()
    {
        var before = Document($"""
            <startEvent id="s"/>{Flow("s", "t")}
            <userTask id="t" name="相談対応" cm:queue="=category"/>{Flow("t", "e")}
            <boundaryEvent id="sla" attachedToRef="t"><timerEventDefinition><timeDuration>PT4H</timeDuration></timerEventDefinition></boundaryEvent>
            <boundaryEvent id="reminder" attachedToRef="t" cancelActivity="false"><timerEventDefinition><timeDuration>P3D</timeDuration></timerEventDefinition></boundaryEvent>
            <endEvent id="e"/>
            """);
        var after = Document($"""
            <startEvent id="s"/>{Flow("s", "intake")}
            <userTask id="intake" name="一次受付" cm:queue="child"/>{Flow("intake", "t")}
            <userTask id="t" name="相談対応" cm:queue="maternity"/>{Flow("t", "e")}
            <boundaryEvent id="sla" attachedToRef="t"><timerEventDefinition><timeDuration>PT8H</timeDuration></timerEventDefinition></boundaryEvent>
            <endEvent id="e"/>
            """);

        var changes = BpmnDiff.Compare(before, after).ToDictionary(c => c.ElementId);

        Assert.Equal(ElementChangeKind.Added, changes["intake"].Kind);
        Assert.Contains(new AttributeChange("cm:queue", null, "child"), changes["intake"].Attributes);
        Assert.Equal(ElementChangeKind.Added, changes["intake_t"].Kind);
        Assert.Equal(ElementChangeKind.Removed, changes["reminder"].Kind);
        Assert.Equal(ElementChangeKind.Removed, changes["s_t"].Kind);
        Assert.Equal([new AttributeChange("cm:queue", "=category", "maternity")], changes["t"].Attributes);
        Assert.Equal([new AttributeChange("timeDuration", "PT4H", "PT8H")], changes["sla"].Attributes);
        Assert.DoesNotContain("s", changes.Keys);
        Assert.DoesNotContain("e", changes.Keys);
    }

    [Fact]
    public void A_changed_condition_and_a_replaced_element_type_are_reported()
    {
        var before = Document($"""<startEvent id="s"/>{Flow("s", "g")}<exclusiveGateway id="g" default="g_b"/>{Flow("g", "a", "=x > 1")}{Flow("g", "b")}<endEvent id="a"/><endEvent id="b"/>""");
        var after = Document($"""<startEvent id="s"/>{Flow("s", "g")}<inclusiveGateway id="g" default="g_b"/>{Flow("g", "a", "=x > 2")}{Flow("g", "b")}<endEvent id="a"/><endEvent id="b"/>""");

        var changes = BpmnDiff.Compare(before, after).ToDictionary(c => c.ElementId);

        Assert.Equal([new AttributeChange("condition", "=x > 1", "=x > 2")], changes["g_a"].Attributes);
        Assert.Equal(new AttributeChange("type", "exclusiveGateway", "inclusiveGateway"), changes["g"].Attributes[0]);
    }
}
