namespace CaseManagement.Core.Tests.Durability;

/// <summary>The small BPMN documents the crash tests drive.</summary>
public static class Processes
{
    /// <summary>start → service task notify (through the outbox) → end.</summary>
    public const string NotifyOnce = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cm="urn:casemanagement:bpmn:1" id="d" targetNamespace="t">
          <bpmn:process id="notify_once" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="tell" />
            <bpmn:serviceTask id="tell" cm:type="notify" cm:template="reply-waiting" />
            <bpmn:sequenceFlow id="f2" sourceRef="tell" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>start → timer due at the instance's variable dueAt → user task act → end.</summary>
    public const string WaitUntilDue = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cm="urn:casemanagement:bpmn:1" id="d" targetNamespace="t">
          <bpmn:process id="wait_until_due" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDate>=dueAt</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="act" />
            <bpmn:userTask id="act" name="期限後の対応" cm:queue="child" />
            <bpmn:sequenceFlow id="f3" sourceRef="act" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static IReadOnlyDictionary<string, object?> DueAt(DateTimeOffset at) =>
        new Dictionary<string, object?> { ["dueAt"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture) };
}
