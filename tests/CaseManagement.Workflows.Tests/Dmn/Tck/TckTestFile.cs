using System.Xml.Linq;

namespace CaseManagement.Workflows.Tests.Dmn.Tck;

/// <summary>A TCK test file: the model it tests and its cases, each with input nodes and expected result nodes.</summary>
internal sealed record TckTestFile(string ModelName, IReadOnlyList<TckTestCase> Cases)
{
    private static readonly XNamespace Ns = "http://www.omg.org/spec/DMN/20160719/testcase";

    public static TckTestFile Load(string path)
    {
        var root = XDocument.Load(path).Root!;
        var cases = root.Elements(Ns + "testCase").Select(c => new TckTestCase(
            (string)c.Attribute("id")!,
            c.Elements(Ns + "inputNode").ToDictionary(n => (string)n.Attribute("name")!, TckValues.Read),
            [.. c.Elements(Ns + "resultNode").Select(n => ((string)n.Attribute("name")!, TckValues.Read(n.Element(Ns + "expected")!)))]));
        return new TckTestFile(root.Element(Ns + "modelName")!.Value.Trim(), [.. cases]);
    }
}
