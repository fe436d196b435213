namespace CaseManagement.Workflows.Hosting;

/// <summary>Values as PostgreSQL takes them: Npgsql writes timestamptz only from UTC offsets, while the engine gives
/// Japan-time instants (business calendars), so every DateTimeOffset is normalised here.</summary>
internal static class DbValue
{
    public static object Of(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset d => d.ToUniversalTime(),
        _ => value,
    };
}
