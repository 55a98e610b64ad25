using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Persistence.Postgres;
using SpineConformance.Simulator.Persistence.Sqlite;

namespace SpineConformance.Simulator.Persistence;

/// <summary>
/// Chooses where each store keeps its data from <c>Simulator:Store</c> (<c>Simulator:InMemory</c> still meaning memory):
/// in this process, the SQLite file that every store shares, or the PostgreSQL database that every store (and every
/// replica) shares; either database is opened and migrated once, on first use.
/// </summary>
internal static class SimulatorStorage
{
    /// <summary>How stored documents (LRs, outbound messages, findings) are written: enums by name, so the file reads as Spine's words.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The store every store follows: <see cref="SimulatorOptions.InMemory"/> wins over <see cref="SimulatorOptions.Store"/>.</summary>
    public static StoreKind Kind(SimulatorOptions options) => options.InMemory ? StoreKind.Memory : options.Store;

    public static SqliteDatabase OpenDatabase(IServiceProvider services)
    {
        var retention = services.GetRequiredService<IOptions<JournalRetentionOptions>>().Value;
        var database = new SqliteDatabase(
            services.GetRequiredService<IOptions<SimulatorOptions>>().Value.DataFile, JournalBodyFiles.SegmentBytesFor(retention.MaxBytes));
        database.Migrate();
        if (database.ReturnsSpaceOnlyOnManualVacuum)
        {
            var logger = services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SqliteDatabase>>();
            StorageLog.NotConvertedToIncrementalVacuum(logger, database.Path, SqliteDatabase.LargestFileVacuumedAtStart);
        }

        return database;
    }

    /// <summary>Opens the PostgreSQL database and migrates it (once, at start), saying which database could not be reached.</summary>
    public static PostgresDatabase OpenPostgres(IServiceProvider services)
    {
        var connectionString = services.GetRequiredService<IOptions<SimulatorOptions>>().Value.ConnectionString ?? string.Empty;
        var database = new PostgresDatabase(connectionString);
        try
        {
            // Once, while the container builds the first store: a factory cannot await.
            database.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or System.Net.Sockets.SocketException)
        {
            database.Dispose();
            throw new StoreStartException(
                $"The simulator cannot reach its PostgreSQL database ({StoreOptionsValidation.Describe(connectionString)}): {ex.Message} "
                + "Check Simulator:ConnectionString (--connection-string) or the PG* environment variables, and that the server is running.", ex);
        }

        return database;
    }

    public static T Choose<T>(IServiceProvider services, Func<T> inMemory, Func<SqliteDatabase, T> sqlite, Func<PostgresDatabase, T> postgres) =>
        Kind(services.GetRequiredService<IOptions<SimulatorOptions>>().Value) switch
        {
            StoreKind.Memory => inMemory(),
            StoreKind.PostgreSql => postgres(services.GetRequiredService<PostgresDatabase>()),
            _ => sqlite(services.GetRequiredService<SqliteDatabase>()),
        };

    /// <summary>For a store with no PostgreSQL implementation yet: choosing PostgreSQL stops the start, naming the store.</summary>
    public static T Choose<T>(IServiceProvider services, Func<T> inMemory, Func<SqliteDatabase, T> sqlite) =>
        Choose<T>(services, inMemory, sqlite, _ => throw new InvalidOperationException(
            $"{typeof(T).Name} has no PostgreSQL store yet; run with --store sqlite or --store memory."));

    public static object Db(string? value) => (object?)value ?? DBNull.Value;

    public static string? Text(this Microsoft.Data.Sqlite.SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
