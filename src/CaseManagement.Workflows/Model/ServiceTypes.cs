namespace CaseManagement.Workflows.Model;

/// <summary>The built-in activities a service task may name in cm:type.</summary>
public static class ServiceTypes
{
    public const string Notify = "notify";
    public const string AutoReply = "auto-reply";
    public const string Assign = "assign";

    /// <summary>Handled by the engine itself: its inputs become instance variables.</summary>
    public const string SetVariables = "set-variables";

    public const string GenerateDocument = "generate-document";
    public const string ExportRpa = "export-rpa";
    public const string Http = "http";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Notify, AutoReply, Assign, SetVariables, GenerateDocument, ExportRpa, Http,
    };
}
