using Microsoft.Data.Sqlite;
using SpineConformance.Simulator.Persistence.Sqlite;

namespace SpineConformance.Simulator.Tests.Persistence;

/// <summary>
/// The writing connection outlives each turn, with the statements compiled on it (<see cref="SqliteWriter.Prepared"/>):
/// a turn must still start clean whatever the one before it left, and a kept statement that failed must run again.
/// </summary>
public sealed class WriterConnectionTests
{
    [Test]
    public async Task ATurnThatLeftATransactionOpen_IsRolledBack_AndTheNextTurnCommitsOnItsOwn()
    {
        using var file = new DataFile();
        using var database = Migrated(file);
        await using (var careless = await database.OpenWriterAsync(CancellationToken.None))
        {
            Run(careless.CreateCommand(), "BEGIN IMMEDIATE;");
            Insert(careless, null, 1, "abandoned");
        }

        await using (var next = await database.OpenWriterAsync(CancellationToken.None))
        {
            using var transaction = next.BeginTransaction();
            Insert(next, transaction, 2, "committed");
            transaction.Commit();
        }

        using var reader = file.Open();
        Assert.That(Values(reader), Is.EqualTo(new[] { "committed" }),
            "what the careless turn left uncommitted is rolled back, and the next turn's row is committed on its own");
    }

    [Test]
    public async Task AKeptStatementThatFailed_RunsAgainInTheNextTurn()
    {
        using var file = new DataFile();
        using var database = Migrated(file);
        await using (var first = await database.OpenWriterAsync(CancellationToken.None))
        {
            Insert(first, null, 1, "first");
        }

        await using (var second = await database.OpenWriterAsync(CancellationToken.None))
        {
            using var transaction = second.BeginTransaction();
            Assert.That(() => Insert(second, transaction, 1, "same key"), Throws.TypeOf<SqliteException>().With.Property("SqliteErrorCode").EqualTo(19));
        }

        await using (var third = await database.OpenWriterAsync(CancellationToken.None))
        {
            var kept = third.Prepared(InsertSql, null);
            Insert(third, null, 2, "after the failure");
            Assert.That(third.Prepared(InsertSql, null), Is.SameAs(kept), "the statement is kept, not compiled again");
        }

        using var reader = file.Open();
        Assert.That(Values(reader), Is.EqualTo(new[] { "first", "after the failure" }));
    }

    private const string InsertSql = "INSERT INTO writer_probe (id, value) VALUES ($id, $value);";

    private static SqliteDatabase Migrated(DataFile file)
    {
        var database = new SqliteDatabase(file.Path);
        database.Migrate();
        using var writer = database.OpenWriter();
        Run(writer.CreateCommand(), "CREATE TABLE writer_probe (id INTEGER PRIMARY KEY, value TEXT NOT NULL);");
        return database;
    }

    private static void Insert(SqliteWriter writer, SqliteTransaction? transaction, long id, string value)
    {
        var insert = writer.Prepared(InsertSql, transaction);
        insert.Parameters.AddWithValue("$id", id);
        insert.Parameters.AddWithValue("$value", value);
        insert.ExecuteNonQuery();
    }

    private static void Run(SqliteCommand command, string sql)
    {
        using (command)
        {
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    private static List<string> Values(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM writer_probe ORDER BY id;";
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
