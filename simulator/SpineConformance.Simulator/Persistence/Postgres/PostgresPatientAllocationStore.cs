using Npgsql;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// The allocation counter in <c>patient_allocation</c>: one row moved forward in one statement, which PostgreSQL's row
/// lock serialises, so two replicas (or a restart) never hand out the same serials.
/// </summary>
internal sealed class PostgresPatientAllocationStore(PostgresDatabase database) : IPatientAllocationStore
{
    public async Task<long> ReserveAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO patient_allocation (id, next_serial) VALUES (1, @count)
            ON CONFLICT (id) DO UPDATE SET next_serial = patient_allocation.next_serial + @count
            RETURNING next_serial - @count;
            """,
            connection);
        command.Parameters.AddWithValue("count", (long)count);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
