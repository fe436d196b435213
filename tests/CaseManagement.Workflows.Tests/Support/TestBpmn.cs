using CaseManagement.Workflows.Bpmn;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Tests.Support;

/// <summary>Builds small BPMN documents inline: the body is process content with BPMN as the default namespace.</summary>
internal static class TestBpmn
{
    public static string Document(string body, string processId = "p", string extra = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cm="urn:casemanagement:bpmn:1" id="d" targetNamespace="urn:test">
          {extra}
          <process id="{processId}" isExecutable="true">
            {body}
          </process>
        </definitions>
        """;

    public static ProcessDefinition Process(string body, string extra = "") => BpmnReader.Read(Document(body, extra: extra)).Single();

    /// <summary>A sequence flow named "source_target", with an optional FEEL condition.</summary>
    public static string Flow(string source, string target, string? condition = null) => condition is null
        ? $"""<sequenceFlow id="{source}_{target}" sourceRef="{source}" targetRef="{target}"/>"""
        : $"""<sequenceFlow id="{source}_{target}" sourceRef="{source}" targetRef="{target}"><conditionExpression>{System.Security.SecurityElement.Escape(condition)}</conditionExpression></sequenceFlow>""";

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static string Workflow(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflows", name));
}
