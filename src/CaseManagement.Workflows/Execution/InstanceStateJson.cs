namespace CaseManagement.Workflows.Execution;

/// <summary>Round-trips <see cref="InstanceState"/> through JSON for storage (jsonb).</summary>
public static class InstanceStateJson
{
    public static string Serialize(InstanceState state) => throw new NotImplementedException();

    public static InstanceState Deserialize(string json) => throw new NotImplementedException();
}
