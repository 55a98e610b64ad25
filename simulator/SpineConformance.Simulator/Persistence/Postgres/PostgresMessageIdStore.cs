using Npgsql;
using NpgsqlTypes;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Async;
using static SpineConformance.Simulator.Persistence.Postgres.PostgresDatabase;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// The ebXML message ids seen, in <c>ebxml_message_ids</c> (the id is the primary key), so a duplicate sent to any replica
/// finds the original answer. The first answer remembered stands until its persist duration ends: a second replica that
/// remembers the same id meanwhile (<c>INSERT ... ON CONFLICT</c>) does not replace it. A claim is a row with status 0
/// (no HTTP status is 0) that expires when its lease does: the primary key lets one replica's <c>INSERT</c> win when two
/// copies of a message arrive at two replicas at once.
/// </summary>
internal sealed class PostgresMessageIdStore(PostgresDatabase database) : IMessageIdStore
{
    private const int ClaimedStatus = 0;

    public async Task<AsyncHttpAnswer?> FindAsync(ReliableMessageId messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT status_code, content_type, body, outcome FROM ebxml_message_ids WHERE message_id = @id AND expires_at_ticks > @now AND status_code <> @claimed;
            """, connection);
        command.Parameters.AddWithValue("claimed", ClaimedStatus);
        command.Parameters.AddWithValue("id", messageId.Value);
        command.Parameters.AddWithValue("now", now.UtcTicks);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new AsyncHttpAnswer(reader.GetInt32(0), reader.Text(1), reader.Bytes(2), reader.GetString(3))
            : null;
    }

    public async Task<bool> TryClaimAsync(ReliableMessageId messageId, DateTimeOffset claimedUntil, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Inserted, or taken over from an answer or claim whose time had passed; a live one's row is left alone (0 rows).
        await using var command = new NpgsqlCommand("""
            INSERT INTO ebxml_message_ids (message_id, expires_at_ticks, status_code, content_type, body, outcome)
            VALUES (@id, @until, @claimed, NULL, ''::bytea, 'claimed')
            ON CONFLICT (message_id) DO UPDATE SET expires_at_ticks = excluded.expires_at_ticks, status_code = excluded.status_code,
                content_type = NULL, body = excluded.body, outcome = excluded.outcome
            WHERE ebxml_message_ids.expires_at_ticks <= @now;
            """, connection);
        command.Parameters.AddWithValue("id", messageId.Value);
        command.Parameters.AddWithValue("until", claimedUntil.UtcTicks);
        command.Parameters.AddWithValue("claimed", ClaimedStatus);
        command.Parameters.AddWithValue("now", now.UtcTicks);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task ReleaseAsync(ReliableMessageId messageId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM ebxml_message_ids WHERE message_id = @id AND status_code = @claimed;", connection);
        command.Parameters.AddWithValue("id", messageId.Value);
        command.Parameters.AddWithValue("claimed", ClaimedStatus);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RememberAsync(ReliableMessageId messageId, AsyncHttpAnswer answer, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        var expire = new NpgsqlBatchCommand("DELETE FROM ebxml_message_ids WHERE expires_at_ticks <= @now;");
        expire.Parameters.AddWithValue("now", now.UtcTicks);
        var remember = new NpgsqlBatchCommand("""
            INSERT INTO ebxml_message_ids (message_id, expires_at_ticks, status_code, content_type, body, outcome)
            VALUES (@id, @expires, @status, @type, @body, @outcome)
            ON CONFLICT (message_id) DO UPDATE SET expires_at_ticks = excluded.expires_at_ticks, status_code = excluded.status_code,
                content_type = excluded.content_type, body = excluded.body, outcome = excluded.outcome
            WHERE ebxml_message_ids.expires_at_ticks <= @now OR ebxml_message_ids.status_code = @claimed;
            """);
        remember.Parameters.AddWithValue("claimed", ClaimedStatus);
        remember.Parameters.AddWithValue("id", messageId.Value);
        remember.Parameters.AddWithValue("expires", expiresAt.UtcTicks);
        remember.Parameters.AddWithValue("status", answer.StatusCode);
        remember.Parameters.Add(Text("type", answer.ContentType));
        remember.Parameters.AddWithValue("body", NpgsqlDbType.Bytea, answer.Body);
        remember.Parameters.AddWithValue("outcome", answer.Outcome);
        remember.Parameters.AddWithValue("now", now.UtcTicks);
        batch.BatchCommands.Add(expire);
        batch.BatchCommands.Add(remember);
        // A batch of several statements runs in one implicit transaction.
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> ForgetAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM ebxml_message_ids;", connection);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
