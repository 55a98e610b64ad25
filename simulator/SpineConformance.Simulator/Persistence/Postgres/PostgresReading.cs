using Npgsql;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>How the PostgreSQL stores read the column types they share: nullable text, UTC ticks and bytes.</summary>
internal static class PostgresReading
{
    public static string? Text(this NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset Instant(this NpgsqlDataReader reader, int ordinal) => new(reader.GetInt64(ordinal), TimeSpan.Zero);

    public static byte[] Bytes(this NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? [] : reader.GetFieldValue<byte[]>(ordinal);
}
