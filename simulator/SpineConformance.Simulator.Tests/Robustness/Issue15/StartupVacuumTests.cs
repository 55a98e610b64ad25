using Microsoft.Data.Sqlite;
using SpineConformance.Simulator.Persistence.Sqlite;
using SpineConformance.Simulator.State;
using SpineConformance.Simulator.Tests.Persistence;

namespace SpineConformance.Simulator.Tests.Robustness.Issue15;

/// <summary>
/// A data file made before incremental auto-vacuum is converted at start only while it is small: converting copies the
/// whole file, so a large one would need as much free disk again and hold up the start.
/// </summary>
[Category("robustness")]
public sealed class StartupVacuumTests
{
    [Test]
    public void ASmallFileWithoutIncrementalVacuum_IsConvertedAtStart()
    {
        using var file = OldFile(blobBytes: 1024);

        using var database = new SqliteDatabase(file.Path);
        database.Migrate();

        Assert.That((AutoVacuum(file), database.ReturnsSpaceOnlyOnManualVacuum), Is.EqualTo((2L, false)));
    }

    [Test]
    public void ALargeFileWithoutIncrementalVacuum_IsLeftAsItIs_AndSaysSpaceReturnsOnlyOnAManualVacuum()
    {
        using var file = OldFile(blobBytes: SqliteDatabase.LargestFileVacuumedAtStart + (1 << 20));

        using var database = new SqliteDatabase(file.Path);
        database.Migrate();

        Assert.That((AutoVacuum(file), database.ReturnsSpaceOnlyOnManualVacuum), Is.EqualTo((0L, true)));
    }

    // A file as an older simulator left it: no auto-vacuum, and some data.
    private static DataFile OldFile(long blobBytes)
    {
        var file = new DataFile();
        using var connection = file.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA auto_vacuum = NONE; CREATE TABLE ballast (data BLOB); INSERT INTO ballast VALUES (zeroblob({blobBytes}));";
        command.ExecuteNonQuery();
        return file;
    }

    private static long AutoVacuum(DataFile file)
    {
        // A pooled connection may still hold the file's header as it read it before the change.
        SqliteConnection.ClearAllPools();
        using var connection = file.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA auto_vacuum;";
        return (long)command.ExecuteScalar()!;
    }
}
