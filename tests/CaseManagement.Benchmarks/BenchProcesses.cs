namespace CaseManagement.Benchmarks;

/// <summary>The BPMN the benchmarks run.</summary>
public static class BenchProcesses
{
    private const string Head = """<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cm="urn:casemanagement:bpmn:1" id="d" targetNamespace="t">""";

    /// <summary>start → user task → end: two durable steps (start, complete).</summary>
    public const string UserTask = Head + """
          <bpmn:process id="bench_user_task" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" name="受付確認" cm:queue="bench" />
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>start → timer at the variable dueAt → user task → end.</summary>
    public const string Timer = Head + """
          <bpmn:process id="bench_timer" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDate>=dueAt</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="act" />
            <bpmn:userTask id="act" name="期限後の対応" cm:queue="bench" />
            <bpmn:sequenceFlow id="f3" sourceRef="act" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>start → 10 set-variables service tasks → end, all in the start's transaction.</summary>
    public static string Chain(int length)
    {
        var body = new System.Text.StringBuilder();
        var previous = "start";
        for (var i = 1; i <= length; i++)
        {
            body.Append($"""<bpmn:serviceTask id="s{i}" cm:type="set-variables" cm:step{i}="=n + {i}" />""");
            body.Append($"""<bpmn:sequenceFlow id="f{i}" sourceRef="{previous}" targetRef="s{i}" />""");
            previous = $"s{i}";
        }

        return Head + $"""
            <bpmn:process id="bench_chain" isExecutable="true">
              <bpmn:startEvent id="start" />{body}
              <bpmn:sequenceFlow id="fend" sourceRef="{previous}" targetRef="end" />
              <bpmn:endEvent id="end" />
            </bpmn:process>
          </bpmn:definitions>
          """;
    }
}
