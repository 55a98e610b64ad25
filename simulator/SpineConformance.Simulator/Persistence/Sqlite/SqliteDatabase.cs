using Microsoft.Data.Sqlite;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence.Sqlite;

/// <summary>
/// The simulator's SQLite file: opened in WAL mode (a crash of the process loses nothing acknowledged) and migrated
/// to the current schema version on start. Each migration runs once, in order, in a transaction; a released
/// migration is never edited, only followed by new ones. Permission state, the journal, the directory, LR state and
/// the outbox, fault rules, the ebXML message ids seen, tenants and the patient allocation counter share the file. Writes take turns (<see cref="OpenWriter"/>), and an exchange's writes share
/// commits (<see cref="CommitAsync{T}"/>); reads never wait.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification =
    "The write turn's SemaphoreSlim holds no wait handle unless AvailableWaitHandle is read, which it never is; it lives as long as the process.")]
internal sealed partial class SqliteDatabase : IDisposable
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE patient_permissions (
            nhs_number TEXT NOT NULL PRIMARY KEY,
            view_permission TEXT NULL,
            store_permission TEXT NULL
        );
        """,
        """
        CREATE TABLE permission_history (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            nhs_number TEXT NOT NULL,
            function TEXT NOT NULL,
            old_value TEXT NULL,
            new_value TEXT NULL,
            changed_at TEXT NOT NULL,
            role_profile_id TEXT NULL,
            user_id TEXT NULL,
            job_role TEXT NULL,
            system_asid TEXT NULL,
            message_id TEXT NULL
        );
        CREATE INDEX permission_history_by_patient ON permission_history (nhs_number, sequence);
        """,
        """
        CREATE TABLE journal_entries (
            id INTEGER NOT NULL PRIMARY KEY,
            received_at TEXT NOT NULL,
            duration_ticks INTEGER NOT NULL,
            path TEXT NOT NULL,
            soap_action TEXT NULL,
            interaction_id TEXT NULL,
            status_code INTEGER NOT NULL,
            request_body BLOB NOT NULL,
            response_body BLOB NOT NULL,
            findings TEXT NOT NULL,
            nhs_number TEXT NULL,
            sender_asid TEXT NULL,
            wsa_message_id TEXT NULL,
            request_content_type TEXT NULL,
            outcome TEXT NOT NULL,
            direction TEXT NOT NULL,
            conversation_id TEXT NULL,
            ebxml_message_id TEXT NULL,
            ref_to_message_id TEXT NULL,
            attempt INTEGER NULL
        );
        """,
        """
        CREATE TABLE directory (
            id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
            document TEXT NOT NULL
        );
        """,
        """
        CREATE TABLE legitimate_relationships (
            id TEXT NOT NULL PRIMARY KEY,
            nhs_number TEXT NOT NULL,
            started_at_ticks INTEGER NOT NULL,
            document TEXT NOT NULL
        );
        CREATE INDEX legitimate_relationships_by_patient ON legitimate_relationships (nhs_number);
        CREATE TABLE privacy_alerts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            raised_at TEXT NOT NULL,
            lr_id TEXT NOT NULL,
            nhs_number TEXT NOT NULL,
            reason TEXT NOT NULL,
            role_profile_id TEXT NULL,
            user_id TEXT NULL,
            system_asid TEXT NULL,
            message_id TEXT NULL
        );
        """,
        """
        CREATE TABLE outbox_messages (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            state TEXT NOT NULL,
            next_attempt_at_ticks INTEGER NOT NULL,
            claimed INTEGER NOT NULL DEFAULT 0,
            body BLOB NOT NULL,
            document TEXT NOT NULL
        );
        CREATE INDEX outbox_messages_due ON outbox_messages (state, claimed, next_attempt_at_ticks);
        """,
        """
        CREATE TABLE journal_high_water (
            id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
            last_id INTEGER NOT NULL
        );
        """,
        """
        CREATE TABLE fault_rules (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            remaining_uses INTEGER NULL,
            document TEXT NOT NULL
        );
        CREATE TABLE ebxml_message_ids (
            message_id TEXT NOT NULL PRIMARY KEY,
            expires_at_ticks INTEGER NOT NULL,
            status_code INTEGER NOT NULL,
            content_type TEXT NULL,
            body BLOB NOT NULL,
            outcome TEXT NOT NULL
        );
        CREATE INDEX ebxml_message_ids_by_expiry ON ebxml_message_ids (expires_at_ticks);
        """,
        """
        CREATE TABLE tenants (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE,
            key_sha256 TEXT NOT NULL,
            systems TEXT NOT NULL
        );
        CREATE TABLE patient_allocation (
            id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
            next_serial INTEGER NOT NULL
        );
        ALTER TABLE journal_entries ADD COLUMN tenant_id INTEGER NULL;
        """,
        // An entry's bodies move to the body files beside the data file (JournalBodyFiles); rows written before keep
        // theirs in request_body and response_body, and are read from there (body_segment NULL).
        """
        ALTER TABLE journal_entries ADD COLUMN body_segment INTEGER NULL;
        ALTER TABLE journal_entries ADD COLUMN body_offset INTEGER NULL;
        ALTER TABLE journal_entries ADD COLUMN request_length INTEGER NULL;
        ALTER TABLE journal_entries ADD COLUMN response_length INTEGER NULL;
        """,
    ];

    private readonly string connectionString;
    private readonly string writerConnectionString;

    // Whose turn it is to write (see SqliteWriter): one at a time, in the order they asked.
    private readonly SemaphoreSlim writeTurn = new(1, 1);

    private readonly long bodyFileBytes;

    /// <param name="path">The data file.</param>
    /// <param name="bodyFileBytes">The size of the journal's body files (<see cref="JournalBodyFiles.SegmentBytesFor"/>).</param>
    public SqliteDatabase(string path, long bodyFileBytes = JournalBodyFiles.DefaultSegmentBytes)
    {
        this.bodyFileBytes = bodyFileBytes;
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true }.ToString();
        writerConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString();
    }

    public string Path { get; }

    private JournalBodyFiles? bodies;

    /// <summary>The journal's body files beside the data file, opened (and locked for this process) by <see cref="Migrate"/>.</summary>
    public JournalBodyFiles Bodies => bodies ?? throw new InvalidOperationException($"The data file '{Path}' has not been opened: call Migrate first.");

    /// <summary>True when the file had no schema before <see cref="Migrate"/> ran.</summary>
    public bool WasCreated { get; private set; }

    /// <summary>A connection for reading; WAL lets any number read while one writes.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>The connection for writing, once the writes before it have committed; every INSERT, UPDATE and DELETE goes through one.</summary>
    public SqliteWriter OpenWriter()
    {
        writeTurn.Wait();
        return Writer();
    }

    /// <inheritdoc cref="OpenWriter"/>
    public async Task<SqliteWriter> OpenWriterAsync(CancellationToken cancellationToken)
    {
        await writeTurn.WaitAsync(cancellationToken);
        return Writer();
    }

    // The connection every write goes through, opened on the first turn and kept (with its pragmas set once) until the
    // database is disposed, and the statements compiled on it; both are used only by whoever holds the turn.
    private SqliteConnection? writerConnection;
    private readonly Dictionary<string, SqliteCommand> prepared = new(StringComparer.Ordinal);

    private long turns;

    /// <summary>How many write turns have been handed out so far (for tests of how long work holds the turn).</summary>
    internal long Turns => Interlocked.Read(ref turns);

    private SqliteWriter Writer()
    {
        Interlocked.Increment(ref turns);
        try
        {
            return new SqliteWriter(this, WriterConnection(), writeTurn);
        }
        catch
        {
            writeTurn.Release();
            throw;
        }
    }

    // Under the turn.
    private SqliteConnection WriterConnection()
    {
        if (writerConnection is null)
        {
            // Its own connection, outside the pool: it is never handed back, and nothing else may ever get it.
            var connection = new SqliteConnection(writerConnectionString);
            try
            {
                connection.Open();
                // In WAL mode a commit is in the WAL file when COMMIT returns, so a killed process (SIGKILL) loses
                // nothing acknowledged. FULL would also flush the WAL to the disk on every commit, which only an
                // operating-system crash or a power cut needs, and cost most of a Set's time. A checkpoint still
                // flushes both files.
                Execute(connection, "PRAGMA synchronous = NORMAL;");
                // After a checkpoint the WAL file is cut back to this size, so a burst of large messages does not leave it large.
                Execute(connection, "PRAGMA journal_size_limit = 67108864;");
            }
            catch
            {
                connection.Dispose();
                throw;
            }

            writerConnection = connection;
        }

        return writerConnection;
    }

    // Under the turn.
    internal SqliteCommand PreparedCommand(SqliteConnection connection, string sql, SqliteTransaction? transaction, string[]? parameterNames = null)
    {
        if (!prepared.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            prepared.Add(sql, command);
        }

        command.Transaction = transaction;
        if (parameterNames is null)
        {
            command.Parameters.Clear();
        }
        else if (command.Parameters.Count != parameterNames.Length)
        {
            command.Parameters.Clear();
            foreach (var name in parameterNames)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
        }

        return command;
    }

    // Under the turn, as it ends. A turn that left a transaction open (nothing should) or broke the connection gives the
    // connection up, so the next turn starts on a new one rather than inside what this one left.
    internal void TurnEnded(SqliteConnection connection)
    {
        if (connection.State == System.Data.ConnectionState.Open && SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) != 0)
        {
            return;
        }

        DiscardWriterConnection();
    }

    private void DiscardWriterConnection()
    {
        foreach (var command in prepared.Values)
        {
            command.Dispose();
        }

        prepared.Clear();
        writerConnection?.Dispose();
        writerConnection = null;
    }

    /// <summary>Closes the writing connection once the write in progress, if any, has ended.</summary>
    public void Dispose()
    {
        // A write still running when the host stops gets a little time to end; the connection is closed either way.
        var held = writeTurn.Wait(TimeSpan.FromSeconds(10));
        try
        {
            if (held && !queued.IsEmpty)
            {
                // What is still queued (a journal entry written behind) is written before the connection goes.
                WriteQueued(new SqliteWriter(this, WriterConnection(), turn: null));
            }

            DiscardWriterConnection();
            bodies?.Dispose();
        }
        finally
        {
            if (held)
            {
                writeTurn.Release();
            }
        }
    }

    public void Migrate()
    {
        using var writer = OpenWriter();
        var connection = writer.Connection;
        // Pruned journal entries give their pages back to the file system (PRAGMA incremental_vacuum after a prune). A
        // new file takes the mode before its first table; a file made before this needs a VACUUM to change it (below).
        // Read before it is set: once set, the pragma reports the mode asked for, not the mode the file has.
        var vacuumMode = Scalar(connection, "PRAGMA auto_vacuum;");
        Execute(connection, "PRAGMA auto_vacuum = INCREMENTAL;");
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);");
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        var current = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        WasCreated = current == 0;
        if (current > Migrations.Length)
        {
            throw new StoreStartException(
                $"The data file '{Path}' has schema version {current}, newer than this simulator knows ({Migrations.Length}). Use a newer simulator or another --data file.");
        }

        for (var version = current + 1; version <= Migrations.Length; version++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, Migrations[version - 1], transaction);
            Execute(connection, $"INSERT INTO schema_version (version) VALUES ({version});", transaction);
            transaction.Commit();
        }

        // Changing the mode of a file made before this takes a VACUUM, which copies the whole file and needs that much
        // free disk: worth it at start only while the file is small. A larger file keeps its mode, and its space is
        // reused by new entries but returned to the file system only by a manual VACUUM.
        if (vacuumMode != 2)
        {
            if (Scalar(connection, "PRAGMA page_count;") * Scalar(connection, "PRAGMA page_size;") <= LargestFileVacuumedAtStart)
            {
                Execute(connection, "PRAGMA auto_vacuum = INCREMENTAL;");
                Execute(connection, "VACUUM;");
            }
            else
            {
                ReturnsSpaceOnlyOnManualVacuum = true;
            }
        }

        // Last, once the file is known to be one this simulator can use: a file it refuses leaves no lock behind.
        bodies ??= JournalBodyFiles.Open(Path, bodyFileBytes);
    }

    /// <summary>The largest data file whose vacuum mode is changed at start (see <see cref="ReturnsSpaceOnlyOnManualVacuum"/>).</summary>
    public const long LargestFileVacuumedAtStart = 64L * 1024 * 1024;

    /// <summary>
    /// True when the file predates incremental auto-vacuum and was too large to convert at start: pruned entries' space
    /// is reused, but the file shrinks only after a manual <c>VACUUM</c>.
    /// </summary>
    public bool ReturnsSpaceOnlyOnManualVacuum { get; private set; }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Runs <paramref name="statements"/> in order in one transaction, each with <c>$nhs</c>, <c>$asid</c> and <c>$tenant</c> bound to
    /// <paramref name="scope"/> (NULL for "any"), and returns how many rows each one changed.
    /// </summary>
    public int[] ExecuteInScope(ResetScope scope, params string[] statements)
    {
        using var writer = OpenWriter();
        using var transaction = writer.BeginTransaction();
        var counts = statements.Select(sql =>
        {
            using var command = writer.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.Parameters.AddWithValue("$nhs", SimulatorStorage.Db(scope.NhsNumber));
            command.Parameters.AddWithValue("$asid", SimulatorStorage.Db(scope.Asid));
            command.Parameters.AddWithValue("$tenant", scope.TenantId is { } tenant ? tenant : DBNull.Value);
            return command.ExecuteNonQuery();
        }).ToArray();
        transaction.Commit();
        return counts;
    }

    /// <inheritdoc cref="ExecuteInScope"/>
    public async Task<int[]> ExecuteInScopeAsync(ResetScope scope, CancellationToken cancellationToken, params string[] statements)
    {
        await using var writer = await OpenWriterAsync(cancellationToken);
        using var transaction = writer.BeginTransaction();
        var counts = new int[statements.Length];
        for (var i = 0; i < statements.Length; i++)
        {
            await using var command = writer.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = statements[i];
            command.Parameters.AddWithValue("$nhs", SimulatorStorage.Db(scope.NhsNumber));
            command.Parameters.AddWithValue("$asid", SimulatorStorage.Db(scope.Asid));
            command.Parameters.AddWithValue("$tenant", scope.TenantId is { } tenant ? tenant : DBNull.Value);
            counts[i] = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        transaction.Commit();
        return counts;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
