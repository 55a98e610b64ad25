using Npgsql;
using NpgsqlTypes;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// The simulator's PostgreSQL database, shared by every replica that names it: one pooled <see cref="NpgsqlDataSource"/>
/// and the schema, migrated forward at start-up. Every store keeps all of its state here and nothing but what one request
/// needs in a process, so replicas behind a load balancer act as one Spine (DESIGN.md, Scale); each store says how it
/// stays correct when several replicas change the same rows at once.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    // Taken for the whole of a migration, so replicas starting together migrate once: the others wait, then find the
    // schema current. Any fixed number serves; this one spells "SPINE" in ASCII.
    private const long MigrationLock = 0x5350494E45;

    public PostgresDatabase(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        // The stores send the same few statements on every exchange: prepared once per connection, the server parses and
        // plans each once instead of every time. A connection string that sets its own value keeps it.
        if (settings.MaxAutoPrepare == 0)
        {
            settings.MaxAutoPrepare = MostPreparedStatements;
        }

        DataSource = NpgsqlDataSource.Create(settings.ConnectionString);
        unpooled = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false }.ConnectionString;
        replica = new(() =>
        {
            using var connection = DataSource.OpenConnection();
            using var command = new NpgsqlCommand("SELECT nextval('outbox_claimers');", connection);
            return (long)command.ExecuteScalar()!;
        });
    }

    private readonly string unpooled;

    // From the database sequence the outboxes number their claimers by: no two replicas share one.
    private readonly Lazy<long> replica;

    /// <summary>
    /// This replica's number among all that use the database, taken on first use: notifications carry it, so a replica
    /// knows its own (<see cref="PostgresJournalStore.Channel"/>, <see cref="PostgresChanges.Channel"/>).
    /// </summary>
    public long Replica => replica.Value;

    /// <summary>How many statements each connection prepares automatically (Npgsql's <c>Max Auto Prepare</c>) unless the connection string says.</summary>
    public const int MostPreparedStatements = 64;

    public NpgsqlDataSource DataSource { get; }

    /// <summary>True when the database had no schema before <see cref="MigrateAsync"/> ran.</summary>
    public bool WasCreated { get; private set; }

    /// <summary>The schema version this build knows: the number of migrations.</summary>
    public static int KnownVersion => PostgresMigrations.All.Count;

    /// <summary>
    /// A connection outside the pool, a session of its own: closing it ends the session (and frees its session locks) at
    /// once, where a pooled one would keep them until it was next used.
    /// </summary>
    public NpgsqlConnection OpenUnpooled()
    {
        var connection = new NpgsqlConnection(unpooled);
        connection.Open();
        return connection;
    }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return DataSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>
    /// Applies the migrations this database lacks, each in a transaction, under an advisory lock; refuses a database whose
    /// schema is newer than this build knows, naming both versions.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({MigrationLock});", cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL PRIMARY KEY);", cancellationToken);
            await using var read = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection);
            var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            WasCreated = current == 0;
            if (current > KnownVersion)
            {
                throw new StoreStartException(
                    $"The PostgreSQL database '{connection.Database}' on {connection.Host ?? connection.DataSource} has schema version {current}, newer than this "
                    + $"simulator knows ({KnownVersion}): another replica runs a newer simulator. Run the same version on every replica, or another --connection-string.");
            }

            for (var version = current + 1; version <= KnownVersion; version++)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, PostgresMigrations.All[version - 1], cancellationToken);
                await ExecuteAsync(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({version});", cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({MigrationLock});", CancellationToken.None);
        }
    }

    /// <summary>
    /// Runs <paramref name="statements"/> in order in one transaction, each with <c>@nhs</c>, <c>@asid</c> and <c>@tenant</c>
    /// bound to <paramref name="scope"/> (NULL for "any"), and returns how many rows each one changed.
    /// </summary>
    public async Task<int[]> ExecuteInScopeAsync(ResetScope scope, CancellationToken cancellationToken, params string[] statements)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var counts = new int[statements.Length];
        for (var i = 0; i < statements.Length; i++)
        {
            await using var command = new NpgsqlCommand(statements[i], connection, transaction);
            command.Parameters.Add(Text("nhs", scope.NhsNumber));
            command.Parameters.Add(Text("asid", scope.Asid));
            command.Parameters.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Bigint) { Value = scope.TenantId is { } tenant ? tenant : DBNull.Value });
            counts[i] = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    /// <summary>A text parameter that may be NULL: typed, so <c>@name IS NULL</c> needs no cast.</summary>
    public static NpgsqlParameter Text(string name, string? value) => new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    public static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    public void Dispose() => DataSource.Dispose();
}
