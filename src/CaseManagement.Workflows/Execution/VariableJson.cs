using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CaseManagement.Workflows.Execution;

/// <summary>Variable values to JSON and back without losing their type. Plain JSON where it is unambiguous
/// (null, bool, string, long, lists, objects); a one-key tag object otherwise: {"$decimal":"1.50"},
/// {"$double":1.5}, {"$date":"2026-04-01T09:00:00+09:00"}, and {"$object":{…}} for an object whose keys start with '$'.</summary>
internal static class VariableJson
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case string s: writer.WriteStringValue(s); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case decimal d: Tagged(writer, "$decimal", () => writer.WriteStringValue(d.ToString(CultureInfo.InvariantCulture))); break;
            case double d when double.IsFinite(d): Tagged(writer, "$double", () => writer.WriteNumberValue(d)); break;
            case double d: Tagged(writer, "$double", () => writer.WriteStringValue(d.ToString(CultureInfo.InvariantCulture))); break;
            case DateTimeOffset dt: Tagged(writer, "$date", () => writer.WriteStringValue(dt.ToString("O", CultureInfo.InvariantCulture))); break;
            case IReadOnlyDictionary<string, object?> map when map.Keys.Any(k => k.StartsWith('$')):
                Tagged(writer, "$object", () => WriteObject(writer, map));
                break;
            case IReadOnlyDictionary<string, object?> map: WriteObject(writer, map); break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) Write(writer, item);
                writer.WriteEndArray();
                break;
            default:
                throw new WorkflowExecutionException(null, $"Expected a variable value of a storable type but got {value.GetType().Name}");
        }
    }

    public static object? Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : (object)element.GetDecimal(),
        JsonValueKind.Array => element.EnumerateArray().Select(Read).ToList(),
        _ => ReadObject(element),
    };

    public static string ToJson(IEnumerable<KeyValuePair<string, object?>> values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteObject(writer, values);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item);
        }
        writer.WriteEndObject();
    }

    public static Dictionary<string, object?> ReadMap(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value));

    private static void Tagged(Utf8JsonWriter writer, string tag, Action writeValue)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(tag);
        writeValue();
        writer.WriteEndObject();
    }

    private static object? ReadObject(JsonElement element)
    {
        var properties = element.EnumerateObject().ToList();
        if (properties is not [var only] || !only.Name.StartsWith('$')) return ReadMap(element);
        var value = only.Value;
        return only.Name switch
        {
            "$decimal" => decimal.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture),
            "$double" => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "$date" => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "$object" => ReadMap(value),
            _ => ReadMap(element),
        };
    }
}
