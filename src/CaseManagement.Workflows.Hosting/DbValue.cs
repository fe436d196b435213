namespace CaseManagement.Workflows.Hosting;

/// <summary>Values as PostgreSQL takes them: Npgsql writes timestamptz only from UTC offsets, while the engine gives
/// Japan-time instants (business calendars), so every DateTimeOffset is normalised here.</summary>
internal static class DbValue
{
    /// <summary>A positional parameter: an <see cref="Npgsql.NpgsqlParameter"/> as given (e.g. jsonb), any other value normalised.</summary>
    public static Npgsql.NpgsqlParameter Parameter(object? value) =>
        value as Npgsql.NpgsqlParameter ?? new Npgsql.NpgsqlParameter { Value = Of(value) };

    public static object Of(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset d => d.ToUniversalTime(),
        _ => value,
    };
}
