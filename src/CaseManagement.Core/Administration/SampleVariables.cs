using System.Text.Json;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Workflows.Execution;

namespace CaseManagement.Core.Administration;

/// <summary>The variables an admin types for a try-it run: a JSON object, or nothing (no variables).</summary>
internal static class SampleVariables
{
    public const int MaxLength = 100_000;

    /// <summary>Null when <paramref name="json"/> is a JSON object or blank; otherwise the Japanese (or English) reason.</summary>
    public static string? Problem(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? null : Messages.Get("WorkflowTrialVariablesNotObject");
        }
        catch (JsonException e)
        {
            return Messages.Format("WorkflowTrialVariablesInvalid", (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1);
        }
    }

    public static IReadOnlyDictionary<string, object?> Read(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new Dictionary<string, object?>() : InstanceStateJson.DeserializeVariables(json);
}
