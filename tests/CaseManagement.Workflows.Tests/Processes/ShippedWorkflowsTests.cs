using System.Globalization;
using System.Xml.Linq;
using CaseManagement.Workflows.Bpmn;
using CaseManagement.Workflows.Dmn;
using Xunit;

namespace CaseManagement.Workflows.Tests.Processes;

/// <summary>Every file in workflows/ is what the app publishes at start: it must import, and the designer (bpmn-js,
/// dmn-js) must be able to draw it, so every element has its diagram shape and the shapes do not overlap.</summary>
public sealed class ShippedWorkflowsTests
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static readonly XNamespace Dc = "http://www.omg.org/spec/DD/20100524/DC";
    private static readonly XNamespace Dmn = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static readonly XNamespace DmnDi = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

    // Content of a process that is not a flow node and has no shape of its own.
    private static readonly HashSet<string> NotDrawn =
    [
        "incoming", "outgoing", "documentation", "extensionElements", "laneSet", "dataObject", "property", "ioSpecification",
        "dataInputAssociation", "dataOutputAssociation", "multiInstanceLoopCharacteristics", "standardLoopCharacteristics",
    ];

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "workflows");

    public static TheoryData<string> BpmnFiles => [.. Directory.EnumerateFiles(Folder, "*.bpmn").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    public static TheoryData<string> DmnFiles => [.. Directory.EnumerateFiles(Folder, "*.dmn").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    private static XDocument Load(string file) => XDocument.Load(Path.Combine(Folder, file), LoadOptions.SetLineInfo);

    [Fact]
    public void The_shipped_processes_are_the_three_the_app_offers_each_defined_once()
    {
        var ids = Directory.EnumerateFiles(Folder, "*.bpmn").SelectMany(f => BpmnReader.Read(File.ReadAllText(f))).Select(p => p.Id).Order(StringComparer.Ordinal);

        Assert.Equal(["application_review", "consultation", "counter_procedure"], ids);
    }

    [Theory]
    [MemberData(nameof(BpmnFiles))]
    public void Each_BPMN_file_imports_without_error(string file)
    {
        var processes = BpmnReader.Read(File.ReadAllText(Path.Combine(Folder, file)));

        Assert.NotEmpty(processes);
        Assert.All(processes, p => Assert.False(string.IsNullOrEmpty(p.Name), $"process {p.Id} has no Japanese name"));
    }

    [Theory]
    [MemberData(nameof(DmnFiles))]
    public void Each_DMN_file_imports_without_error(string file)
    {
        var definitions = DmnReader.Read(File.ReadAllText(Path.Combine(Folder, file)));

        Assert.NotEmpty(definitions.Decisions);
    }

    [Theory]
    [MemberData(nameof(BpmnFiles))]
    public void Every_flow_node_has_a_shape_and_every_sequence_flow_an_edge(string file)
    {
        var document = Load(file);
        foreach (var process in document.Root!.Elements(Bpmn + "process"))
        {
            var plane = document.Descendants(BpmnDi + "BPMNPlane").SingleOrDefault(p => (string?)p.Attribute("bpmnElement") == (string?)process.Attribute("id"));
            Assert.True(plane is not null, $"process {(string?)process.Attribute("id")} has no BPMNPlane");
            var shapes = plane.Elements(BpmnDi + "BPMNShape").Select(s => (string?)s.Attribute("bpmnElement")).ToList();
            var edges = plane.Elements(BpmnDi + "BPMNEdge").Select(s => (string?)s.Attribute("bpmnElement")).ToList();
            var elements = FlowElements(process).ToList();

            var flows = elements.Where(e => e.Name.LocalName == "sequenceFlow").Select(Id).ToList();
            var nodes = elements.Where(e => e.Name.LocalName != "sequenceFlow").Select(Id).ToList();
            Assert.Empty(nodes.Except(shapes));
            Assert.Empty(flows.Except(edges));
            // and nothing in the diagram points at an element that is gone
            Assert.Empty(shapes.Concat(edges).Except(nodes.Concat(flows)));
            Assert.Equal(shapes.Count, shapes.Distinct().Count());
            Assert.Equal(edges.Count, edges.Distinct().Count());
        }
    }

    [Theory]
    [MemberData(nameof(BpmnFiles))]
    public void Shapes_do_not_overlap_and_edges_start_and_end_on_their_shapes(string file)
    {
        var document = Load(file);
        var process = document.Root!.Elements(Bpmn + "process").ToList();
        var byId = process.SelectMany(FlowElements).ToDictionary(Id);
        var bounds = document.Descendants(BpmnDi + "BPMNShape")
            .ToDictionary(s => (string)s.Attribute("bpmnElement")!, s => Rect(s.Element(Dc + "Bounds")!));

        // boundary events sit on their task's border by design; every other pair must be apart
        var free = bounds.Where(b => byId[b.Key].Name.LocalName != "boundaryEvent").ToList();
        var overlaps = free.SelectMany((a, i) => free.Skip(i + 1).Where(b => a.Value.Intersects(b.Value)).Select(b => $"{a.Key} / {b.Key}"));
        Assert.Empty(overlaps);
        foreach (var boundary in byId.Values.Where(e => e.Name.LocalName == "boundaryEvent"))
        {
            var host = bounds[(string)boundary.Attribute("attachedToRef")!];
            var center = bounds[Id(boundary)].Center;
            Assert.True(host.OnBorder(center), $"boundary event {Id(boundary)} is not on the border of its task");
        }

        foreach (var edge in document.Descendants(BpmnDi + "BPMNEdge"))
        {
            var flow = byId[(string)edge.Attribute("bpmnElement")!];
            var points = edge.Elements().Where(w => w.Name.LocalName == "waypoint")
                .Select(w => (X: (double)w.Attribute("x")!, Y: (double)w.Attribute("y")!)).ToList();
            Assert.True(points.Count >= 2, $"{Id(flow)} has fewer than two waypoints");
            Assert.True(bounds[(string)flow.Attribute("sourceRef")!].OnBorder(points[0]), $"{Id(flow)} does not start on its source");
            Assert.True(bounds[(string)flow.Attribute("targetRef")!].OnBorder(points[^1]), $"{Id(flow)} does not end on its target");
            Assert.True(points.Zip(points.Skip(1)).All(p => p.First.X == p.Second.X || p.First.Y == p.Second.Y), $"{Id(flow)} has a diagonal segment");
        }
    }

    [Theory]
    [MemberData(nameof(BpmnFiles))]
    public void Labels_cover_neither_shapes_nor_other_labels(string file)
    {
        var document = Load(file);
        var shapes = document.Descendants(BpmnDi + "BPMNShape")
            .Select(s => (Id: (string)s.Attribute("bpmnElement")!, Box: Rect(s.Element(Dc + "Bounds")!))).ToList();
        var labels = document.Descendants(BpmnDi + "BPMNLabel")
            .Select(l => (Id: (string)l.Parent!.Attribute("bpmnElement")!, Box: Rect(l.Element(Dc + "Bounds")!))).ToList();

        Assert.Empty(labels.SelectMany(l => shapes.Where(s => s.Id != l.Id && s.Box.Intersects(l.Box)).Select(s => $"label of {l.Id} / {s.Id}")));
        Assert.Empty(labels.SelectMany((a, i) => labels.Skip(i + 1).Where(b => a.Box.Intersects(b.Box)).Select(b => $"label of {a.Id} / label of {b.Id}")));
    }

    [Theory]
    [MemberData(nameof(DmnFiles))]
    public void Every_decision_and_input_has_a_DMN_shape_and_every_requirement_an_edge(string file)
    {
        var root = Load(file).Root!;
        var diagram = root.Element(DmnDi + "DMNDI")?.Element(DmnDi + "DMNDiagram");
        Assert.NotNull(diagram);
        var shapes = diagram.Elements(DmnDi + "DMNShape").Select(s => (string?)s.Attribute("dmnElementRef")).ToList();
        var edges = diagram.Elements(DmnDi + "DMNEdge").Select(s => (string?)s.Attribute("dmnElementRef")).ToList();

        Assert.Empty(root.Elements(Dmn + "decision").Concat(root.Elements(Dmn + "inputData")).Select(Id).Except(shapes));
        Assert.Empty(root.Descendants(Dmn + "informationRequirement").Select(Id).Except(edges));
    }

    private static IEnumerable<XElement> FlowElements(XElement container)
    {
        foreach (var child in container.Elements().Where(e => e.Name.Namespace == Bpmn && !NotDrawn.Contains(e.Name.LocalName)))
        {
            yield return child;
            if (child.Name.LocalName == "subProcess")
            {
                foreach (var inner in FlowElements(child)) yield return inner;
            }
        }
    }

    private static string Id(XElement e) => (string?)e.Attribute("id") ?? throw new InvalidOperationException($"{e.Name.LocalName} has no id");

    private static Box Rect(XElement bounds) => new(
        double.Parse((string)bounds.Attribute("x")!, CultureInfo.InvariantCulture),
        double.Parse((string)bounds.Attribute("y")!, CultureInfo.InvariantCulture),
        double.Parse((string)bounds.Attribute("width")!, CultureInfo.InvariantCulture),
        double.Parse((string)bounds.Attribute("height")!, CultureInfo.InvariantCulture));
}
