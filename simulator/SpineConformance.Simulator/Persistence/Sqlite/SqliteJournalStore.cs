using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.State;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Persistence.Sqlite;

/// <summary>
/// Every journal entry: a row in the <c>journal_entries</c> table (findings as JSON), its bodies as the exact bytes in the
/// body files beside the data file (<see cref="JournalBodyFiles"/>), which the row points at. Rows written before the
/// body files existed keep their bodies in the row.
/// </summary>
/// <param name="writeBehindWindow">How long an entry written behind waits for others before it is written (<see cref="WriteBehindWindow"/> unless a test says otherwise).</param>
internal sealed class SqliteJournalStore(SqliteDatabase database, ILogger logger, TimeSpan? writeBehindWindow = null)
    : IJournalStore, IDisposable, IAsyncDisposable
{
    /// <summary>
    /// How long the write behind waits before it asks for the write turn, so that the entries of read-only exchanges
    /// answered meanwhile share its transaction. Every commit rewrites the pages it touches at the end of the table (the
    /// last leaf, the pointer map, the file's size in its first page) whatever it carries. Without the wait, a write
    /// began as soon as an entry queued: under a Get load of 3,600 to 8,000 a second a commit carried 1.5 entries on
    /// average (17,657 commits for 27,140 entries); with 2 ms, 15 (2,112 for 31,700), and the journal's share of a Get's
    /// CPU fell from 43 to 23 µs (perf, 2026-12-06). The entry is served from memory meanwhile (<see cref="FindAsync"/>), and any
    /// other exchange's commit (<see cref="SqliteDatabase.CommitAsync{T}"/>) or a clean stop writes it sooner. Real time, not the simulator's clock:
    /// this is how the file is written, not something the simulated Spine does, and a test's stopped clock must not
    /// stop it.
    /// </summary>
    public static readonly TimeSpan WriteBehindWindow = TimeSpan.FromMilliseconds(2);

    private readonly TimeSpan window = writeBehindWindow ?? WriteBehindWindow;

    private const string Columns = """
        id, received_at, duration_ticks, path, soap_action, interaction_id, status_code, request_body, response_body, findings,
        nhs_number, sender_asid, wsa_message_id, request_content_type, outcome, direction, conversation_id, ebxml_message_id,
        ref_to_message_id, attempt, tenant_id, body_segment, body_offset, request_length, response_length
        """;

    // How many entries written behind may wait before an exchange waits for its own: under a load the file cannot keep up
    // with, memory stays bounded and the exchanges slow down instead.
    private const int MostWaitingBehind = 4096;

    private const string InsertSql = $"""
        INSERT INTO journal_entries ({Columns}) VALUES ($id, $received, $duration, $path, $soap, $interaction, $status, $request, $response,
            $findings, $nhs, $asid, $wsa, $type, $outcome, $direction, $conversation, $ebxml, $ref, $attempt, $tenant, $segment, $offset,
            $request_length, $response_length);
        """;

    // In the order Bind fills them.
    private static readonly string[] ParameterNames =
    [
        "$id", "$received", "$duration", "$path", "$soap", "$interaction", "$status", "$request", "$response", "$findings", "$nhs", "$asid",
        "$wsa", "$type", "$outcome", "$direction", "$conversation", "$ebxml", "$ref", "$attempt", "$tenant", "$segment", "$offset",
        "$request_length", "$response_length",
    ];

    // The bodies a row keeps itself: none (a zero-length BLOB), since they are in the body files.
    private static readonly byte[] InFiles = [];

    // Entries appended behind and not yet committed, so Find sees an entry as soon as its exchange is answered.
    private readonly ConcurrentDictionary<long, JournalEntry> behind = new();

    public bool KeepsBodies => true;

    /// <summary>Committed in the database's group commit, with whatever else the exchanges answered meanwhile wrote.</summary>
    public Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken) =>
        database.CommitAsync((writer, transaction) => Insert(writer, transaction, entry), cancellationToken);

    public Task AppendBehindAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (behind.Count >= MostWaitingBehind)
        {
            return AppendAsync(entry, cancellationToken);
        }

        behind[entry.Id] = entry;
        // Let go of once written (or given up), under the write turn: a reset or prune after it must find it gone.
        database.CommitBehind((writer, transaction) => Insert(writer, transaction, entry), window, () => behind.TryRemove(entry.Id, out _)).ContinueWith(
            static (written, state) => ((ILogger)state!).LogWarning(written.Exception!.InnerException, "A read-only exchange's journal entry could not be stored."),
            logger, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return Task.CompletedTask;
    }

    public Task FlushAsync(CancellationToken cancellationToken) => database.FlushAsync(cancellationToken);

    /// <summary>A clean stop writes what is still waiting.</summary>
    public void Dispose() => database.Flush();

    public async ValueTask DisposeAsync() => await FlushAsync(CancellationToken.None);

    // One entry, in the transaction of a group commit, with the statement the writer keeps compiled; its bodies go to the
    // body files, which the group commit writes before the transaction commits.
    private bool Insert(SqliteWriter writer, SqliteTransaction transaction, JournalEntry entry)
    {
        var at = database.Bodies.Append(entry.Id, entry.RequestBody, entry.ResponseBody);
        var command = writer.Prepared(InsertSql, transaction, ParameterNames);
        Bind(command.Parameters, entry, at);
        command.ExecuteNonQuery();
        return true;
    }

    private static void Bind(SqliteParameterCollection p, JournalEntry entry, BodyLocation at)
    {
        p[0].Value = entry.Id;
        p[1].Value = entry.ReceivedAt.ToString("O", CultureInfo.InvariantCulture);
        p[2].Value = entry.Duration.Ticks;
        p[3].Value = entry.Path;
        p[4].Value = SimulatorStorage.Db(entry.SoapAction);
        p[5].Value = SimulatorStorage.Db(entry.InteractionId);
        p[6].Value = entry.StatusCode;
        p[7].SqliteType = SqliteType.Blob;
        p[7].Value = InFiles;
        p[8].SqliteType = SqliteType.Blob;
        p[8].Value = InFiles;
        p[9].Value = entry.Validation.Findings.Count == 0 ? "[]" : JsonSerializer.Serialize(entry.Validation.Findings, SimulatorStorage.Json);
        p[10].Value = SimulatorStorage.Db(entry.NhsNumber);
        p[11].Value = SimulatorStorage.Db(entry.SenderAsid);
        p[12].Value = SimulatorStorage.Db(entry.WsaMessageId);
        p[13].Value = SimulatorStorage.Db(entry.RequestContentType);
        p[14].Value = entry.Outcome;
        p[15].Value = entry.Direction.ToString();
        p[16].Value = SimulatorStorage.Db(entry.ConversationId);
        p[17].Value = SimulatorStorage.Db(entry.EbxmlMessageId);
        p[18].Value = SimulatorStorage.Db(entry.RefToMessageId);
        p[19].Value = entry.Attempt is { } attempt ? attempt : DBNull.Value;
        p[20].Value = entry.TenantId is { } tenant ? tenant : DBNull.Value;
        p[21].Value = at.Segment;
        p[22].Value = at.Offset;
        p[23].Value = entry.RequestBody.Length;
        p[24].Value = entry.ResponseBody.Length;
    }

    // Without the bodies: a restart must not bring thousands of large messages back into memory; Find reads them.
    public Task<IReadOnlyList<JournalEntry>> NewestAsync(int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var summaries = Columns.Replace("request_body, response_body", "x'' AS request_body, x'' AS response_body", StringComparison.Ordinal);
        var newestFirst = Query($"SELECT {summaries} FROM journal_entries ORDER BY id DESC LIMIT $count;", ("$count", count), withBodies: false);
        return Task.FromResult<IReadOnlyList<JournalEntry>>([.. Enumerable.Reverse(newestFirst).Select(e => e with { Bodies = JournalBodies.InStore })]);
    }

    // Oldest first, by age, then count, then bytes (a running total from the newest down). The high-water mark is kept,
    // as on reset, so ids are never reused. Freed pages go back to the file system (the file is in incremental
    // auto-vacuum mode) and the WAL is truncated, so the file shrinks instead of only stopping its growth.
    // How many entries one turn of a prune deletes, and how many free pages one turn gives back: a prune of a day's
    // traffic in one transaction held the write turn for seconds, and every exchange that journals waited behind it.
    // Giving back 2000 pages held the turn for 60 to 70 ms and deleting 1000 entries for up to 35 ms, so under Set load
    // with a prune every 5 s a Set's p99 was 92 to 102 ms; with 200 of each, 22 to 24 ms (13 to 16 ms with no prune at
    // all; the prune's own work remains, 2026-12-07).
    private const int PruneChunk = 200;
    private const int VacuumPagesPerTurn = 200;

    // The prune takes many short write turns instead of one long one: exchanges write between them. Which entries go is
    // decided first (the highest id to go by count and by bytes, read while exchanges go on writing), then they are
    // deleted oldest first, a chunk per turn, and the freed pages given back the same way.
    public async Task<(int Deleted, long? LowestKept)> PruneAsync(DateTimeOffset oldestKept, int maxEntries, long maxBytes, CancellationToken cancellationToken)
    {
        await using (var writer = await database.OpenWriterAsync(cancellationToken))
        {
            database.WriteQueued(writer);
            // The highest id is remembered before any entry goes, so ids are never reused, even after a restart.
            Run(writer, """
                INSERT INTO journal_high_water (id, last_id) SELECT 1, COALESCE(MAX(id), 0) FROM journal_entries WHERE true
                ON CONFLICT (id) DO UPDATE SET last_id = MAX(last_id, excluded.last_id);
                """);
        }

        var oldest = oldestKept.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        var deleted = 0;
        if (ReadId("SELECT MAX(id) FROM journal_entries WHERE received_at < $value;", oldest) is { } lastTooOld)
        {
            deleted += await DeleteInTurnsAsync("""
                DELETE FROM journal_entries WHERE id IN (
                    SELECT id FROM journal_entries WHERE id <= $last AND received_at < $value ORDER BY id LIMIT $chunk);
                """, oldest, lastTooOld, cancellationToken);
        }

        var lastToGo = Math.Max(
            ReadId("SELECT id FROM journal_entries ORDER BY id DESC LIMIT 1 OFFSET $value;", maxEntries) ?? 0,
            ReadId("""
                SELECT id FROM (
                    SELECT id, SUM(COALESCE(request_length, length(request_body)) + COALESCE(response_length, length(response_body)) + length(findings))
                        OVER (ORDER BY id DESC) AS total
                    FROM journal_entries)
                WHERE total > $value ORDER BY id DESC LIMIT 1;
                """, maxBytes) ?? 0);
        if (lastToGo > 0)
        {
            deleted += await DeleteInTurnsAsync(
                "DELETE FROM journal_entries WHERE id IN (SELECT id FROM journal_entries WHERE id <= $last ORDER BY id LIMIT $chunk);", null, lastToGo, cancellationToken);
        }

        if (deleted > 0)
        {
            // Read while exchanges go on writing. Rows are only ever added to the body file being appended to, so a file
            // below both the one being appended to before the read and the lowest a committed row pointed at is no
            // one's, and never will be: with no rows left, the first alone is the bound, even if the file rolls on meanwhile.
            var appendingBefore = database.Bodies.CurrentSegment;
            var lowestInUse = ReadId("SELECT MIN(body_segment) FROM journal_entries WHERE body_segment >= $value;", 1);
            database.Bodies.DeleteBelow(Math.Min(lowestInUse ?? appendingBefore, appendingBefore));
            await GiveBackFreePagesAsync(journalFull: lastToGo > 0, cancellationToken);
        }

        return (deleted, ReadId("SELECT MIN(id) FROM journal_entries;", 0));
    }

    // Deletes what sql picks among the entries up to id last, a chunk per write turn, until a turn deletes less than a chunk.
    private async Task<int> DeleteInTurnsAsync(string sql, string? value, long last, CancellationToken cancellationToken)
    {
        var deleted = 0;
        while (true)
        {
            await using var writer = await database.OpenWriterAsync(cancellationToken);
            var delete = writer.Prepared(sql, null);
            if (value is not null)
            {
                delete.Parameters.AddWithValue("$value", value);
            }

            delete.Parameters.AddWithValue("$last", last);
            delete.Parameters.AddWithValue("$chunk", PruneChunk);
            var now = delete.ExecuteNonQuery();
            deleted += now;
            if (now < PruneChunk)
            {
                return deleted;
            }
        }
    }

    // Pruned entries' pages go back to the file system (the file uses incremental auto-vacuum), a bounded number per
    // turn; then the WAL is checkpointed and cut back.
    //
    // Except when the journal is full (the entry or bytes limit cut it, as every prune of a busy simulator does): the
    // entries that follow fill the freed pages before the next prune, and giving them back only to grow the file again
    // cost more than deleting the entries (4.8 µs an entry against 1.8, measured as the oldest third of a 147,000-entry
    // file went: the vacuum moves the newest pages down into the freed ones). They are kept for reuse, so the file stays at the size the limit needs,
    // unless more than half of it is free (a limit lowered, or a burst of traffic past it): then the space goes back, as
    // after a prune by age.
    private async Task GiveBackFreePagesAsync(bool journalFull, CancellationToken cancellationToken)
    {
        if (journalFull)
        {
            var (freed, pages) = FreePages();
            if (freed * 2 <= pages)
            {
                await CheckpointAsync(cancellationToken);
                return;
            }
        }

        // A file that predates incremental auto-vacuum keeps its free pages (they are reused); the loop also stops when a
        // turn frees nothing.
        for (long free = long.MaxValue, before; free > 0 && !database.ReturnsSpaceOnlyOnManualVacuum;)
        {
            await using var writer = await database.OpenWriterAsync(cancellationToken);
            before = free;
            Run(writer, $"PRAGMA incremental_vacuum({VacuumPagesPerTurn});");
            using var count = writer.CreateCommand();
            count.CommandText = "PRAGMA freelist_count;";
            free = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            if (free >= before)
            {
                break;
            }
        }

        await CheckpointAsync(cancellationToken);
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        Run(writer, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    // The data file's free pages and all its pages, read by a reading connection.
    private (long Free, long Pages) FreePages()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA freelist_count;";
        var free = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        command.CommandText = "PRAGMA page_count;";
        return (free, Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    private static void Run(SqliteWriter writer, string sql)
    {
        using var command = writer.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // An id read by a reading connection (null when there is none), while exchanges go on writing.
    private long? ReadId(string sql, object value)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$value", value);
        return command.ExecuteScalar() is long id ? id : null;
    }

    public Task<JournalEntry?> FindAsync(long id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(behind.TryGetValue(id, out var waiting) ? waiting :
            Query($"SELECT {Columns} FROM journal_entries WHERE id = $id;", ("$id", id), withBodies: true).SingleOrDefault());
    }

    // The highest id is remembered before entries are deleted, so ids are never reused, even after a restart.
    // What waits is written first, so an entry written behind cannot come back after the reset deleted its patient's.
    public async Task<int> ResetAsync(ResetScope scope, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        return await ResetStoredAsync(scope, cancellationToken);
    }

    // One write turn: the high-water mark, then the rows in scope, saying where their bodies were. A reset of everything
    // deletes every body file under the same turn; a narrower one overwrites its entries' bodies after it, with a handle
    // of its own (the records are committed and so already written, and nothing else writes where they are).
    private async Task<int> ResetStoredAsync(ResetScope scope, CancellationToken cancellationToken)
    {
        List<(BodyLocation At, int RequestLength, int ResponseLength)> forgotten = [];
        var deleted = 0;
        await using (var writer = await database.OpenWriterAsync(cancellationToken))
        {
            using var transaction = writer.BeginTransaction();
            await using (var highWater = writer.CreateCommand())
            {
                highWater.Transaction = transaction;
                highWater.CommandText = """
                    INSERT INTO journal_high_water (id, last_id) SELECT 1, COALESCE(MAX(id), 0) FROM journal_entries WHERE true
                    ON CONFLICT (id) DO UPDATE SET last_id = MAX(last_id, excluded.last_id);
                    """;
                await highWater.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var delete = writer.CreateCommand())
            {
                delete.Transaction = transaction;
                delete.CommandText = """
                    DELETE FROM journal_entries WHERE ($nhs IS NULL OR nhs_number = $nhs) AND ($asid IS NULL OR sender_asid = $asid) AND ($tenant IS NULL OR tenant_id = $tenant)
                    RETURNING body_segment, body_offset, request_length, response_length;
                    """;
                delete.Parameters.AddWithValue("$nhs", SimulatorStorage.Db(scope.NhsNumber));
                delete.Parameters.AddWithValue("$asid", SimulatorStorage.Db(scope.Asid));
                delete.Parameters.AddWithValue("$tenant", scope.TenantId is { } tenant ? tenant : DBNull.Value);
                await using var rows = await delete.ExecuteReaderAsync(cancellationToken);
                while (await rows.ReadAsync(cancellationToken))
                {
                    deleted++;
                    if (!rows.IsDBNull(0) && !scope.IsEverything)
                    {
                        forgotten.Add((new BodyLocation(rows.GetInt64(0), rows.GetInt64(1)), rows.GetInt32(2), rows.GetInt32(3)));
                    }
                }
            }

            transaction.Commit();
            if (scope.IsEverything)
            {
                database.Bodies.DeleteAll();
                return deleted;
            }

            if (forgotten.Count == 0)
            {
                return deleted;
            }
        }

        foreach (var (at, requestLength, responseLength) in forgotten)
        {
            database.Bodies.Erase(at, requestLength, responseLength);
        }

        return deleted;
    }

    public Task<long> HighestIdAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(COALESCE((SELECT MAX(id) FROM journal_entries), 0), COALESCE((SELECT last_id FROM journal_high_water), 0));";
        return Task.FromResult(Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    private List<JournalEntry> Query(string sql, (string Name, object Value) parameter, bool withBodies)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue(parameter.Name, parameter.Value);
        using var reader = command.ExecuteReader();
        var entries = new List<JournalEntry>();
        while (reader.Read())
        {
            entries.Add(withBodies ? WithBodies(Read(reader), reader) : Read(reader));
        }

        return entries;
    }

    private static JournalEntry Read(SqliteDataReader reader) =>
        new(
            reader.GetInt64(0),
            DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
            TimeSpan.FromTicks(reader.GetInt64(2)),
            reader.GetString(3),
            reader.Text(4),
            reader.Text(5),
            reader.GetInt32(6),
            Bytes(reader, 7),
            Bytes(reader, 8),
            new ValidationReport(JsonSerializer.Deserialize<List<Finding>>(reader.GetString(9), SimulatorStorage.Json) ?? []))
        {
            NhsNumber = reader.Text(10),
            SenderAsid = reader.Text(11),
            WsaMessageId = reader.Text(12),
            RequestContentType = reader.Text(13),
            Outcome = reader.GetString(14),
            Direction = Enum.Parse<ExchangeDirection>(reader.GetString(15)),
            ConversationId = reader.Text(16),
            EbxmlMessageId = reader.Text(17),
            RefToMessageId = reader.Text(18),
            Attempt = reader.IsDBNull(19) ? null : reader.GetInt32(19),
            TenantId = reader.IsDBNull(20) ? null : reader.GetInt64(20),
        };

    // The bodies from the body files, when the row says they are there; an entry whose bodies cannot be read is still
    // given, saying why (a prune that deleted the row too would have made it not found, so this is a file changed or lost).
    private JournalEntry WithBodies(JournalEntry entry, SqliteDataReader reader)
    {
        if (reader.IsDBNull(21))
        {
            return entry;
        }

        var at = new BodyLocation(reader.GetInt64(21), reader.GetInt64(22));
        if (database.Bodies.Read(at, entry.Id, reader.GetInt32(23), reader.GetInt32(24), out var problem) is { } bodies)
        {
            return entry with { RequestBody = bodies.Request, ResponseBody = bodies.Response };
        }

        return entry with
        {
            Bodies = JournalBodies.Dropped,
            BodiesNote = $"The exchange's bytes cannot be read: {problem}.",
        };
    }

    // An empty body may come back as NULL or a zero-length BLOB; either is no bytes.
    private static byte[] Bytes(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? [] : reader.GetFieldValue<byte[]>(ordinal);
}
