using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseManagement.Workflows.Execution;

/// <summary>Round-trips <see cref="InstanceState"/> through JSON for storage (jsonb), keeping every variable's type.</summary>
public static class InstanceStateJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(), new VariablesConverter() },
    };

    public static string Serialize(InstanceState state) => JsonSerializer.Serialize(state, Options);

    /// <exception cref="JsonException">the text is not a serialized instance state.</exception>
    public static InstanceState Deserialize(string json) =>
        JsonSerializer.Deserialize<InstanceState>(json, Options) ?? throw new JsonException("the instance state is null");

    /// <summary>Variables alone to JSON, keeping their types (for the host's outbox payloads).</summary>
    public static string SerializeVariables(IReadOnlyDictionary<string, object?> variables) => VariableJson.ToJson(variables);

    /// <summary>The reverse of <see cref="SerializeVariables"/>.</summary>
    public static IReadOnlyDictionary<string, object?> DeserializeVariables(string json)
    {
        using var document = JsonDocument.Parse(json);
        return VariableJson.ReadMap(document.RootElement);
    }

    private sealed class VariablesConverter : JsonConverter<IReadOnlyDictionary<string, object?>>
    {
        public override IReadOnlyDictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return VariableJson.ReadMap(document.RootElement);
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> value, JsonSerializerOptions options) =>
            VariableJson.WriteObject(writer, value);
    }
}
