using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Async;

namespace SpineConformance.Simulator.Persistence.Sqlite;

/// <summary>
/// The ebXML message ids seen, in <c>ebxml_message_ids</c>: each with the answer's status, content type, exact bytes and
/// outcome, until its persist duration ends, so a redelivery after a restart gets the original acknowledgement. A claim is
/// a row with status 0 (no HTTP status is 0) that expires when its lease does.
/// </summary>
internal sealed class SqliteMessageIdStore(SqliteDatabase database) : IMessageIdStore
{
    private const int ClaimedStatus = 0;

    public async Task<AsyncHttpAnswer?> FindAsync(ReliableMessageId messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT status_code, content_type, body, outcome FROM ebxml_message_ids WHERE message_id = $id AND expires_at_ticks > $now AND status_code <> $claimed;
            """;
        command.Parameters.AddWithValue("$claimed", ClaimedStatus);
        command.Parameters.AddWithValue("$id", messageId.Value);
        command.Parameters.AddWithValue("$now", now.UtcTicks);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new AsyncHttpAnswer(reader.GetInt32(0), reader.Text(1), reader.IsDBNull(2) ? [] : reader.GetFieldValue<byte[]>(2), reader.GetString(3))
            : null;
    }

    public Task<bool> TryClaimAsync(ReliableMessageId messageId, DateTimeOffset claimedUntil, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.CommitAsync((writer, transaction) =>
        {
            using var command = writer.CreateCommand();
            command.Transaction = transaction;
            // Inserted, or taken over from an answer or claim whose time had passed; a live one's row is left alone (0 rows).
            command.CommandText = """
                INSERT INTO ebxml_message_ids (message_id, expires_at_ticks, status_code, content_type, body, outcome)
                VALUES ($id, $until, $claimed, NULL, X'', 'claimed')
                ON CONFLICT (message_id) DO UPDATE SET expires_at_ticks = excluded.expires_at_ticks, status_code = excluded.status_code,
                    content_type = NULL, body = excluded.body, outcome = excluded.outcome
                WHERE ebxml_message_ids.expires_at_ticks <= $now;
                """;
            command.Parameters.AddWithValue("$id", messageId.Value);
            command.Parameters.AddWithValue("$until", claimedUntil.UtcTicks);
            command.Parameters.AddWithValue("$claimed", ClaimedStatus);
            command.Parameters.AddWithValue("$now", now.UtcTicks);
            return command.ExecuteNonQuery() == 1;
        }, cancellationToken);

    public Task ReleaseAsync(ReliableMessageId messageId, CancellationToken cancellationToken) =>
        database.CommitAsync((writer, transaction) =>
        {
            using var command = writer.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM ebxml_message_ids WHERE message_id = $id AND status_code = $claimed;";
            command.Parameters.AddWithValue("$id", messageId.Value);
            command.Parameters.AddWithValue("$claimed", ClaimedStatus);
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task RememberAsync(ReliableMessageId messageId, AsyncHttpAnswer answer, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.CommitAsync((writer, transaction) =>
        {
            using (var expire = writer.CreateCommand())
            {
                expire.Transaction = transaction;
                expire.CommandText = "DELETE FROM ebxml_message_ids WHERE expires_at_ticks <= $now;";
                expire.Parameters.AddWithValue("$now", now.UtcTicks);
                expire.ExecuteNonQuery();
            }

            using var remember = writer.CreateCommand();
            remember.Transaction = transaction;
            remember.CommandText = """
                INSERT INTO ebxml_message_ids (message_id, expires_at_ticks, status_code, content_type, body, outcome)
                VALUES ($id, $expires, $status, $type, $body, $outcome)
                ON CONFLICT (message_id) DO UPDATE SET expires_at_ticks = excluded.expires_at_ticks, status_code = excluded.status_code,
                    content_type = excluded.content_type, body = excluded.body, outcome = excluded.outcome;
                """;
            remember.Parameters.AddWithValue("$id", messageId.Value);
            remember.Parameters.AddWithValue("$expires", expiresAt.UtcTicks);
            remember.Parameters.AddWithValue("$status", answer.StatusCode);
            remember.Parameters.AddWithValue("$type", SimulatorStorage.Db(answer.ContentType));
            remember.Parameters.Add("$body", Microsoft.Data.Sqlite.SqliteType.Blob).Value = answer.Body;
            remember.Parameters.AddWithValue("$outcome", answer.Outcome);
            return remember.ExecuteNonQuery();
        }, cancellationToken);

    public async Task<int> ForgetAllAsync(CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        await using var command = writer.CreateCommand();
        command.CommandText = "DELETE FROM ebxml_message_ids;";
        return await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
