using System.Globalization;

namespace SpineConformance.Simulator.Persistence.Sqlite;

/// <summary>
/// The allocation counter in <c>patient_allocation</c>: one row moved forward in one statement under the write turn, so
/// two requests (or a restart) never get the same serials.
/// </summary>
internal sealed class SqlitePatientAllocationStore(SqliteDatabase database) : IPatientAllocationStore
{
    public async Task<long> ReserveAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        await using var command = writer.CreateCommand();
        command.CommandText = """
            INSERT INTO patient_allocation (id, next_serial) VALUES (1, $count)
            ON CONFLICT (id) DO UPDATE SET next_serial = next_serial + $count
            RETURNING next_serial - $count;
            """;
        command.Parameters.AddWithValue("$count", count);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
