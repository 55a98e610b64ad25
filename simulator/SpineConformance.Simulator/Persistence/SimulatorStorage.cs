using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Persistence.Sqlite;

namespace SpineConformance.Simulator.Persistence;

/// <summary>
/// Chooses where each store keeps its data from <c>Simulator:InMemory</c>: in this process, or the SQLite file that
/// every store shares (opened and migrated once, on first use).
/// </summary>
internal static class SimulatorStorage
{
    /// <summary>How stored documents (LRs, outbound messages, findings) are written: enums by name, so the file reads as Spine's words.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static SqliteDatabase OpenDatabase(IServiceProvider services)
    {
        var database = new SqliteDatabase(services.GetRequiredService<IOptions<SimulatorOptions>>().Value.DataFile);
        database.Migrate();
        if (database.ReturnsSpaceOnlyOnManualVacuum)
        {
            var logger = services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SqliteDatabase>>();
            StorageLog.NotConvertedToIncrementalVacuum(logger, database.Path, SqliteDatabase.LargestFileVacuumedAtStart);
        }

        return database;
    }

    public static T Choose<T>(IServiceProvider services, Func<T> inMemory, Func<SqliteDatabase, T> sqlite) =>
        services.GetRequiredService<IOptions<SimulatorOptions>>().Value.InMemory
            ? inMemory()
            : sqlite(services.GetRequiredService<SqliteDatabase>());

    public static object Db(string? value) => (object?)value ?? DBNull.Value;

    public static string? Text(this Microsoft.Data.Sqlite.SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
