using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.State;
using SpineConformance.Validation.Findings;
using static SpineConformance.Simulator.Persistence.Postgres.PostgresDatabase;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// Every journal entry in <c>journal_entries</c>: bodies as the exact bytes (<c>bytea</c>), findings as JSON. Ids come from
/// the database sequence <c>journal_entry_ids</c> (<see cref="NextIdAsync"/>), so they increase across replicas. An entry
/// "written behind" is written before its exchange is answered all the same: a replica may be killed at any moment, and an
/// answered exchange must be journaled; the round trip is the price of that.
/// After each insert it notifies <see cref="Channel"/> with "replica:id" (delivered when the insert commits), so every
/// other replica's <see cref="PostgresJournalListener"/> shows the entry in its journal list and live stream too.
/// </summary>
internal sealed class PostgresJournalStore(PostgresDatabase database) : INumberingJournalStore
{
    /// <summary>The channel every insert is notified on.</summary>
    public const string Channel = "spine_journal";

    /// <summary>The number this replica signs its notifications with, to know its own.</summary>
    public long Replica => database.Replica;

    private const string Columns = """
        id, received_at_ticks, duration_ticks, path, soap_action, interaction_id, status_code, request_body, response_body, findings,
        nhs_number, sender_asid, wsa_message_id, request_content_type, outcome, direction, conversation_id, ebxml_message_id,
        ref_to_message_id, attempt, tenant_id
        """;

    // The highest id is remembered before entries are deleted, so HighestId never goes back after a reset or a prune.
    private const string RememberHighWater = """
        INSERT INTO journal_high_water (id, last_id) SELECT 1, COALESCE(MAX(id), 0) FROM journal_entries
        ON CONFLICT (id) DO UPDATE SET last_id = GREATEST(journal_high_water.last_id, excluded.last_id);
        """;

    // The columns without the bodies, which are read by id when wanted.
    private static readonly string Summaries = Columns.Replace("request_body, response_body", "''::bytea, ''::bytea", StringComparison.Ordinal);

    public bool KeepsBodies => true;

    public async Task<long> NextIdAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT nextval('journal_entry_ids');", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // One statement: the notification is sent when the insert commits, and only then.
        await using var command = new NpgsqlCommand($"""
            WITH inserted AS (
                INSERT INTO journal_entries ({Columns}) VALUES (@id, @received, @duration, @path, @soap, @interaction, @status, @request, @response,
                    @findings, @nhs, @asid, @wsa, @type, @outcome, @direction, @conversation, @ebxml, @ref, @attempt, @tenant)
                RETURNING id)
            SELECT pg_notify('{Channel}', @replica || ':' || id) FROM inserted;
            """, connection);
        Bind(command.Parameters, entry);
        command.Parameters.AddWithValue("replica", Replica.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task AppendBehindAsync(JournalEntry entry, CancellationToken cancellationToken) => AppendAsync(entry, cancellationToken);

    // Nothing waits: every entry is written when appended.
    public Task FlushAsync(CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? Task.FromCanceled(cancellationToken) : Task.CompletedTask;

    // Without the bodies: a restart must not bring thousands of large messages back into memory; Find reads them.
    public async Task<IReadOnlyList<JournalEntry>> NewestAsync(int count, CancellationToken cancellationToken)
    {
        var newestFirst = await QueryAsync($"SELECT {Summaries} FROM journal_entries ORDER BY id DESC LIMIT @value;", count, cancellationToken);
        return [.. Enumerable.Reverse(newestFirst).Select(e => e with { Bodies = JournalBodies.InStore })];
    }

    /// <summary>
    /// Where catching up after <paramref name="after"/> starts so that at most <paramref name="most"/> entries are read: the
    /// id just below the lowest of the newest <paramref name="most"/> entries above it, or <paramref name="after"/> itself
    /// when there are no more than that.
    /// </summary>
    public async Task<long> CatchUpStartAsync(long after, int most, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT COALESCE(MIN(id) - 1, @after) FROM (SELECT id FROM journal_entries WHERE id > @after ORDER BY id DESC LIMIT @most) AS newest;",
            connection);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("most", most);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Up to <paramref name="count"/> entries with ids above <paramref name="after"/>, lowest first, without their bodies
    /// (read by id when wanted): a page of what a replica catches up on after its listening connection was lost.
    /// </summary>
    public async Task<IReadOnlyList<JournalEntry>> AfterAsync(long after, int count, CancellationToken cancellationToken)
    {
        var page = await QueryAsync($"SELECT {Summaries} FROM journal_entries WHERE id > @value ORDER BY id LIMIT @count;", after, cancellationToken, count);
        return [.. page.Select(e => e with { Bodies = JournalBodies.InStore })];
    }

    public async Task<JournalEntry?> FindAsync(long id, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {Columns} FROM journal_entries WHERE id = @value;", id, cancellationToken)).SingleOrDefault();

    public async Task<long> HighestIdAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT GREATEST(
                COALESCE((SELECT MAX(id) FROM journal_entries), 0),
                COALESCE((SELECT last_id FROM journal_high_water), 0),
                (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM journal_entry_ids));
            """, connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<int> ResetAsync(ResetScope scope, CancellationToken cancellationToken) => (await database.ExecuteInScopeAsync(scope, cancellationToken,
        RememberHighWater,
        "DELETE FROM journal_entries WHERE (@nhs IS NULL OR nhs_number = @nhs) AND (@asid IS NULL OR sender_asid = @asid) AND (@tenant IS NULL OR tenant_id = @tenant);"))[1];

    // Oldest first, by age, then count, then bytes (a running total from the newest down). PostgreSQL's autovacuum makes
    // the freed space reusable; the table shrinks on disk only after VACUUM FULL, which an operator schedules.
    public async Task<(int Deleted, long? LowestKept)> PruneAsync(DateTimeOffset oldestKept, int maxEntries, long maxBytes, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        async Task<int> ExecuteAsync(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.AddWithValue("oldest", oldestKept.UtcTicks);
            command.Parameters.AddWithValue("entries", maxEntries);
            command.Parameters.AddWithValue("bytes", maxBytes);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await ExecuteAsync(RememberHighWater);
        var deleted = await ExecuteAsync("DELETE FROM journal_entries WHERE received_at_ticks < @oldest;")
            + await ExecuteAsync("DELETE FROM journal_entries WHERE id <= (SELECT id FROM journal_entries ORDER BY id DESC LIMIT 1 OFFSET @entries);")
            + await ExecuteAsync("""
                DELETE FROM journal_entries WHERE id <= (
                    SELECT id FROM (
                        SELECT id, SUM(octet_length(request_body) + octet_length(response_body) + octet_length(findings)) OVER (ORDER BY id DESC) AS total
                        FROM journal_entries) AS running
                    WHERE total > @bytes ORDER BY id DESC LIMIT 1);
                """);
        await using var lowest = new NpgsqlCommand("SELECT MIN(id) FROM journal_entries;", connection, transaction);
        var lowestKept = await lowest.ExecuteScalarAsync(cancellationToken) is long id ? id : (long?)null;
        await transaction.CommitAsync(cancellationToken);
        return (deleted, lowestKept);
    }

    private static void Bind(NpgsqlParameterCollection p, JournalEntry entry)
    {
        p.AddWithValue("id", entry.Id);
        p.AddWithValue("received", entry.ReceivedAt.UtcTicks);
        p.AddWithValue("duration", entry.Duration.Ticks);
        p.AddWithValue("path", entry.Path);
        p.Add(Text("soap", entry.SoapAction));
        p.Add(Text("interaction", entry.InteractionId));
        p.AddWithValue("status", entry.StatusCode);
        p.AddWithValue("request", NpgsqlDbType.Bytea, entry.RequestBody);
        p.AddWithValue("response", NpgsqlDbType.Bytea, entry.ResponseBody);
        p.AddWithValue("findings", entry.Validation.Findings.Count == 0 ? "[]" : JsonSerializer.Serialize(entry.Validation.Findings, SimulatorStorage.Json));
        p.Add(Text("nhs", entry.NhsNumber));
        p.Add(Text("asid", entry.SenderAsid));
        p.Add(Text("wsa", entry.WsaMessageId));
        p.Add(Text("type", entry.RequestContentType));
        p.AddWithValue("outcome", entry.Outcome);
        p.AddWithValue("direction", entry.Direction.ToString());
        p.Add(Text("conversation", entry.ConversationId));
        p.Add(Text("ebxml", entry.EbxmlMessageId));
        p.Add(Text("ref", entry.RefToMessageId));
        p.Add(new NpgsqlParameter("attempt", NpgsqlDbType.Integer) { Value = entry.Attempt is { } attempt ? attempt : DBNull.Value });
        p.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Bigint) { Value = entry.TenantId is { } tenant ? tenant : DBNull.Value });
    }

    private async Task<List<JournalEntry>> QueryAsync(string sql, long value, CancellationToken cancellationToken, int? count = null)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("value", value);
        if (count is { } limit)
        {
            command.Parameters.AddWithValue("count", limit);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<JournalEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(Read(reader));
        }

        return entries;
    }

    private static JournalEntry Read(NpgsqlDataReader reader) =>
        new(
            reader.GetInt64(0),
            reader.Instant(1),
            TimeSpan.FromTicks(reader.GetInt64(2)),
            reader.GetString(3),
            reader.Text(4),
            reader.Text(5),
            reader.GetInt32(6),
            reader.Bytes(7),
            reader.Bytes(8),
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
}
