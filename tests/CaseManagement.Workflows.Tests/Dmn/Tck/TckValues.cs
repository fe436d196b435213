using System.Globalization;
using System.Xml.Linq;

namespace CaseManagement.Workflows.Tests.Dmn.Tck;

/// <summary>TCK values (value with xsi:type, component, list/item, xsi:nil) as our variable values, and the
/// comparison of an expected value with what the evaluator returned.</summary>
internal static class TckValues
{
    private static readonly XNamespace Ns = "http://www.omg.org/spec/DMN/20160719/testcase";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static object? Read(XElement node)
    {
        if (node.Element(Ns + "list") is { } list) return list.Elements(Ns + "item").Select(Read).ToList();
        if (node.Element(Ns + "value") is { } value) return Scalar(value);
        var components = node.Elements(Ns + "component").ToList();
        return components.Count > 0 ? components.ToDictionary(c => (string)c.Attribute("name")!, Read) : null;
    }

    private static object? Scalar(XElement value)
    {
        if ((string?)value.Attribute(Xsi + "nil") == "true") return null;
        var type = ((string?)value.Attribute(Xsi + "type"))?.Split(':').Last();
        return type switch
        {
            "decimal" or "double" or "int" or "integer" or "long" => decimal.Parse(value.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture),
            "boolean" => value.Value.Trim() == "true",
            _ => value.Value,
        };
    }

    /// <summary>Null when equal; else what differs. Numbers agree to the precision the TCK writes them with.</summary>
    public static string? Difference(object? expected, object? actual, string path = "") => (expected, actual) switch
    {
        (null, null) => null,
        (decimal e, long a) => Difference(e, (decimal)a, path),
        (decimal e, decimal a) => NumbersAgree(e, a) ? null : Show(expected, actual, path),
        (IReadOnlyDictionary<string, object?> e, IReadOnlyDictionary<string, object?> a) => e.Count != a.Count
            ? Show(expected, actual, path)
            : e.Select(p => a.TryGetValue(p.Key, out var v) ? Difference(p.Value, v, $"{path}.{p.Key}") : $"{path}.{p.Key} missing").FirstOrDefault(d => d is not null),
        (IReadOnlyList<object?> e, IReadOnlyList<object?> a) => e.Count != a.Count
            ? Show(expected, actual, path)
            : e.Select((v, i) => Difference(v, a[i], $"{path}[{i}]")).FirstOrDefault(d => d is not null),
        _ => Equals(expected, actual) ? null : Show(expected, actual, path),
    };

    // Some TCK results were computed in binary floating point (0008's 562.707359373292; to 34 digits it is
    // 562.70735937326592…), so a number agrees when it matches to the digits written or to 12 significant digits.
    private static bool NumbersAgree(decimal expected, decimal actual) =>
        Math.Round(actual, expected.Scale, MidpointRounding.AwayFromZero) == expected
        || Math.Abs(actual - expected) <= 1e-12m * Math.Max(1m, Math.Abs(expected));

    private static string Show(object? expected, object? actual, string path) =>
        $"{(path.Length == 0 ? "value" : path)}: expected {Format(expected)} but got {Format(actual)}";

    private static string Format(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IReadOnlyDictionary<string, object?> d => "{" + string.Join(", ", d.Select(p => $"{p.Key}: {Format(p.Value)}")) + "}",
        IReadOnlyList<object?> l => "[" + string.Join(", ", l.Select(Format)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
