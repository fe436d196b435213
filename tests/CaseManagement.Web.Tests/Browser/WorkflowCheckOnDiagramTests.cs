using System.Xml.Linq;
using CaseManagement.Testing;
using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using CaseManagement.Workflows.Bpmn;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>The designer and the engine agree: the check's findings are drawn on the offending elements, every
/// shipped diagram survives the designer unchanged, and a Camunda Modeler file is taken in with its obvious mappings.</summary>
public sealed class WorkflowCheckOnDiagramTests(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    private static readonly XNamespace Cm = "urn:casemanagement:bpmn:1";
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";

    [Fact]
    public async Task A_broken_diagram_is_highlighted_with_japanese_messages_and_cannot_be_published()
    {
        await using var context = await chromium.DesktopAsync(app.BaseAddress);
        var (page, designer) = await OpenAsync(context, "application_review");

        await designer.SelectAsync("formal_review");
        await designer.Field("cm-queue").SelectOptionAsync("");
        await page.EvaluateAsync("id => { const m = window.cmDesigner.modeler; m.get('selection').select(m.get('elementRegistry').get(id)); }", "flow_defects");
        await designer.Field("cm-condition-expression").FillAsync("=hasDefects =");
        await designer.WaitUntilSavedAsync();
        await designer.ClickToolAsync("チェック");

        await Expect(designer.Element("formal_review")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("cm-issue"));
        await Expect(designer.Element("flow_defects")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("cm-issue"));
        await Expect(page.Locator("[data-issue-for='formal_review']")).ToHaveTextAsync("ユーザータスクにキュー（担当の分野）が設定されていません。プロパティでキューを選んでください。");
        await Expect(page.Locator("[data-issue-for='flow_defects']")).ToContainTextAsync("式が FEEL として正しくありません: =hasDefects =");
        await Expect(designer.Issues.Locator("li")).ToHaveCountAsync(2);

        await designer.ClickToolAsync("公開する");
        await Expect(designer.Error).ToHaveTextAsync("チェックで 2 件の問題が見つかったため公開できません。図の印と一覧を確認してください。");
        await Screenshots.SaveAsync(page, "22-designer-check-highlight");
        await page.GotoAsync("/Admin/Versions/application_review");
        await Expect(page.GetByTestId("versions").Locator("tbody tr")).ToHaveCountAsync(1);
    }

    public static TheoryData<string> ShippedDiagrams => [.. Directory.EnumerateFiles(RepositoryPaths.Workflows, "*.bpmn").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedDiagrams))]
    public async Task A_shipped_diagram_goes_through_the_designer_and_the_engine_without_losing_a_cm_attribute(string file)
    {
        var original = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Workflows, file));
        await using var context = await chromium.DesktopAsync(app.BaseAddress);
        var (page, _) = await OpenAsync(context, "consultation");

        var exported = await page.EvaluateAsync<string>(
            "async xml => { await window.cmDesigner.importXml(xml, { markDirty: false }); return (await window.cmDesigner.modeler.saveXML({ format: true })).xml; }",
            original);

        Assert.Equal(CmAttributes(original), CmAttributes(exported));
        Assert.NotEmpty(CmAttributes(exported));
        Assert.Empty(WorkflowChecker.Check(exported));
        Assert.Equal(BpmnReader.Read(original).Select(p => (p.Id, p.Nodes.Count, p.Flows.Count)), BpmnReader.Read(exported).Select(p => (p.Id, p.Nodes.Count, p.Flows.Count)));
        Assert.Empty(BpmnDiff.Compare(original, exported));
    }

    [Fact]
    public async Task A_camunda_modeler_file_is_imported_with_its_queue_mapped_and_what_the_engine_refuses_reported()
    {
        await using var context = await chromium.DesktopAsync(app.BaseAddress);
        var (page, designer) = await OpenAsync(context, "counter_procedure");
        const string camunda = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                              id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.20.0">
              <bpmn:process id="Process_0x1" isExecutable="true" camunda:historyTimeToLive="180">
                <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="Review" name="審査" camunda:candidateGroups="child, maternity" camunda:formKey="review-form">
                  <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                </bpmn:userTask>
                <bpmn:manualTask id="Stamp" name="押印"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:manualTask>
                <bpmn:endEvent id="End"><bpmn:incoming>Flow_3</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Review" />
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Review" targetRef="Stamp" />
                <bpmn:sequenceFlow id="Flow_3" sourceRef="Stamp" targetRef="End" />
              </bpmn:process>
            </bpmn:definitions>
            """;

        await page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = "camunda.bpmn", MimeType = "application/xml", Buffer = System.Text.Encoding.UTF8.GetBytes(camunda) });

        await Expect(page.Locator("[data-issue-for='Stamp']")).ToHaveTextAsync("「manualTask」はこのシステムのワークフローでは使えません。対応している要素に置き換えてください。");
        await Expect(designer.Issues.Locator("li")).ToHaveCountAsync(1);
        await designer.WaitUntilSavedAsync();
        var xml = await page.EvaluateAsync<string>("async () => (await window.cmDesigner.modeler.saveXML()).xml");
        var review = XDocument.Parse(xml).Descendants().Single(e => (string?)e.Attribute("id") == "Review");
        Assert.Equal(("child", "review-form"), ((string?)review.Attribute(Cm + "queue"), (string?)review.Attribute(Cm + "form")));
        // the file's one process took this workflow's id, and the layout-less file got its diagram
        Assert.Equal("counter_procedure", (string?)XDocument.Parse(xml).Descendants(Bpmn + "process").Single().Attribute("id"));
        Assert.NotEmpty(XDocument.Parse(xml).Descendants(BpmnDi + "BPMNShape"));
        await Screenshots.SaveAsync(page, "23-designer-camunda-import");
    }

    private static async Task<(IPage Page, WorkflowDesignerPage Designer)> OpenAsync(IBrowserContext context, string processId)
    {
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync(DemoAccounts.Admin);
        return (page, await new WorkflowDesignerPage(page).OpenAsync(processId));
    }

    // Every cm: attribute of the document, by element id and name: what the designer must keep.
    private static List<(string?, string, string)> CmAttributes(string xml) =>
        [.. XDocument.Parse(xml).Descendants().SelectMany(e => e.Attributes().Where(a => a.Name.Namespace == Cm)
            .Select(a => ((string?)e.Attribute("id"), a.Name.LocalName, a.Value))).Order()];
}
