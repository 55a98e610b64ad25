using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence.Sqlite;

/// <summary>
/// Asynchronous replies in <c>outbox_messages</c>, so undelivered ones survive a restart and their retries resume.
/// The exact bytes are a BLOB; the rest of the message is a JSON document beside the columns that claiming reads.
/// </summary>
internal sealed class SqliteOutbox : IOutbox
{
    private const string Pending = nameof(DeliveryState.Pending);
    private readonly SqliteDatabase database;

    public SqliteOutbox(SqliteDatabase database)
    {
        this.database = database;
        // A SQLite file serves one simulator process (DESIGN.md, Scale). A claim still set at start belongs to a process
        // that stopped mid-attempt, so it is released and that message is tried again.
        using var writer = database.OpenWriter();
        using var release = writer.CreateCommand();
        release.CommandText = "UPDATE outbox_messages SET claimed = 0 WHERE claimed = 1;";
        release.ExecuteNonQuery();
    }

    public Task<OutboundMessage> EnqueueAsync(OutboundMessage message, CancellationToken cancellationToken) =>
        database.CommitAsync((writer, transaction) =>
        {
            using var command = writer.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO outbox_messages (state, next_attempt_at_ticks, claimed, body, document) VALUES ($state, $next, 0, $body, $document) RETURNING id;
                """;
            Bind(command, message);
            return message with { Id = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) };
        }, cancellationToken);

    // The claim is written in the same statement and transaction that selects the due rows, so two workers can never
    // both take one message: the second finds it already claimed.
    public async Task<IReadOnlyList<OutboundMessage>> ClaimDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await database.CommitAsync((writer, transaction) =>
        {
            using var command = writer.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                UPDATE outbox_messages SET claimed = 1
                WHERE state = $pending AND claimed = 0 AND next_attempt_at_ticks <= $now
                RETURNING id, body, document;
                """;
            command.Parameters.AddWithValue("$pending", Pending);
            command.Parameters.AddWithValue("$now", now.UtcTicks);
            return Read(command);
        }, cancellationToken);
        return [.. due.OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)];
    }

    public Task CompleteAsync(OutboundMessage updated, CancellationToken cancellationToken) =>
        database.CommitAsync((writer, transaction) =>
        {
            using var command = writer.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                UPDATE outbox_messages SET state = $state, next_attempt_at_ticks = $next, claimed = 0, body = $body, document = $document WHERE id = $id;
                """;
            Bind(command, updated);
            command.Parameters.AddWithValue("$id", updated.Id);
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MIN(next_attempt_at_ticks) FROM outbox_messages WHERE state = $pending AND claimed = 0;";
        command.Parameters.AddWithValue("$pending", Pending);
        return Task.FromResult(command.ExecuteScalar() is long ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : (DateTimeOffset?)null);
    }

    public Task<OutboundMessage?> FindAsync(long id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, body, document FROM outbox_messages WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        return Task.FromResult(Read(command).SingleOrDefault());
    }

    public Task<IReadOnlyList<OutboundMessage>> ListAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, body, document FROM outbox_messages ORDER BY id;";
        return Task.FromResult<IReadOnlyList<OutboundMessage>>(Read(command));
    }

    // The scope's fields live in the JSON document (camelCase, as SimulatorStorage.Json writes them).
    public async Task<int> ResetAsync(ResetScope scope, CancellationToken cancellationToken) => (await database.ExecuteInScopeAsync(scope, cancellationToken, """
        DELETE FROM outbox_messages
        WHERE ($nhs IS NULL OR json_extract(document, '$.nhsNumber') = $nhs) AND ($asid IS NULL OR json_extract(document, '$.recipientAsid') = $asid)
            AND ($tenant IS NULL OR json_extract(document, '$.tenantId') = $tenant);
        """))[0];

    private static void Bind(SqliteCommand command, OutboundMessage message)
    {
        command.Parameters.AddWithValue("$state", message.State.ToString());
        command.Parameters.AddWithValue("$next", message.NextAttemptAt.UtcTicks);
        command.Parameters.Add("$body", SqliteType.Blob).Value = message.Body;
        command.Parameters.AddWithValue("$document", JsonSerializer.Serialize(message with { Body = [] }, SimulatorStorage.Json));
    }

    private static List<OutboundMessage> Read(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var messages = new List<OutboundMessage>();
        while (reader.Read())
        {
            var document = JsonSerializer.Deserialize<OutboundMessage>(reader.GetString(2), SimulatorStorage.Json)
                ?? throw new InvalidDataException("A stored outbound message is empty.");
            messages.Add(document with { Id = reader.GetInt64(0), Body = reader.IsDBNull(1) ? [] : reader.GetFieldValue<byte[]>(1) });
        }

        return messages;
    }
}
