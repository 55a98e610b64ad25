using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.State;
using static SpineConformance.Simulator.Persistence.Postgres.PostgresDatabase;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// Asynchronous replies in <c>outbox_messages</c>, shared by every replica: each reply is delivered once whichever replica
/// claims it. A claim locks the due rows with <c>FOR UPDATE SKIP LOCKED</c> (two replicas claiming at once each take
/// different rows, never waiting for each other) and marks them with this outbox's claimer number and a lease that ends
/// <see cref="ClaimLease"/> later on the database's clock (one clock for every replica). Each outbox holds an advisory lock
/// on its claimer number for its life (<see cref="PostgresClaimerLock"/>): a claim whose claimer's lock is no longer held
/// (its process was killed, so the server closed its connections) may be taken at once, and other replicas look for such
/// claims every <see cref="LivenessCheck"/> while any are held. The lease stays as the backstop for a replica that is alive
/// but stuck. A clean stop releases this outbox's claims at once (<see cref="DisposeAsync"/>). When an attempt outlives its
/// lease, or its replica dies after sending and before recording it, another replica may send the reply again (at least
/// once, as ebXML reliable messaging allows), and a late completion is not recorded; the lease must be longer than an
/// attempt can take.
/// </summary>
internal sealed class PostgresOutbox : IOutbox, IAsyncDisposable
{
    /// <summary>How long a claim holds by default: far longer than a delivery attempt's HTTP timeout.</summary>
    public static readonly TimeSpan DefaultClaimLease = TimeSpan.FromMinutes(2);

    // At most this many replies are claimed at once, so one replica cannot take all of a burst while others idle.
    private const int MostClaimedAtOnce = 100;

    private const string Pending = nameof(DeliveryState.Pending);
    /// <summary>How often, while another replica holds claims, this one looks whether that replica is still alive.</summary>
    public static readonly TimeSpan LivenessCheck = TimeSpan.FromSeconds(1);

    // The claimers alive now, read once per statement; a statement using Claimable starts with it.
    private static readonly string LiveClaimers = $"WITH live (claimer) AS MATERIALIZED ({PostgresClaimerLock.LiveClaimers})";

    // Not claimed, or its lease has run out, or its claimer is dead.
    private static readonly string Claimable =
        $"(claimed_until IS NULL OR claimed_until < clock_timestamp() OR {PostgresClaimerLock.KeyColumn("claimed_by")} NOT IN (SELECT claimer FROM live))";
    private const long UnixEpochTicks = 621_355_968_000_000_000;
    private readonly PostgresDatabase database;
    private readonly long claimer;
    private readonly PostgresClaimerLock claimerLock;

    public PostgresOutbox(PostgresDatabase database, TimeSpan claimLease)
    {
        this.database = database;
        ClaimLease = claimLease;
        // Once, while the container builds the outbox: a constructor cannot await.
        using var connection = database.DataSource.OpenConnection();
        using var command = new NpgsqlCommand("SELECT nextval('outbox_claimers');", connection);
        claimer = (long)command.ExecuteScalar()!;
        claimerLock = PostgresClaimerLock.Take(database, claimer);
    }

    public TimeSpan ClaimLease { get; }

    /// <summary>This outbox's claimer number, as <c>claimed_by</c> holds it.</summary>
    public long Claimer => claimer;

    public async Task<OutboundMessage> EnqueueAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO outbox_messages (state, next_attempt_at_ticks, nhs_number, recipient_asid, body, document)
            VALUES (@state, @next, @nhs, @asid, @body, @document) RETURNING id;
            """, connection);
        Bind(command, message);
        return message with { Id = (long)(await command.ExecuteScalarAsync(cancellationToken))! };
    }

    public async Task<IReadOnlyList<OutboundMessage>> ClaimDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Claims are made only while this claimer is seen alive, so no other replica takes them meanwhile.
        await claimerLock.EnsureHeldAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"""
            {LiveClaimers}
            UPDATE outbox_messages SET claimed_by = @claimer, claimed_until = clock_timestamp() + @lease
            WHERE id IN (
                SELECT id FROM outbox_messages
                WHERE state = @pending AND next_attempt_at_ticks <= @now AND {Claimable}
                ORDER BY next_attempt_at_ticks, id LIMIT {MostClaimedAtOnce}
                FOR UPDATE SKIP LOCKED)
            RETURNING id, body, document;
            """, connection);
        command.Parameters.AddWithValue("claimer", claimer);
        command.Parameters.AddWithValue("lease", ClaimLease);
        command.Parameters.AddWithValue("pending", Pending);
        command.Parameters.AddWithValue("now", now.UtcTicks);
        var due = await ReadAsync(command, cancellationToken);
        return [.. due.OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)];
    }

    // Only while the claim is this outbox's (or none): once a lease has run out and another replica has claimed the
    // reply, that replica's attempt decides.
    public async Task CompleteAsync(OutboundMessage updated, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            UPDATE outbox_messages SET state = @state, next_attempt_at_ticks = @next, nhs_number = @nhs, recipient_asid = @asid, body = @body,
                document = @document, claimed_by = NULL, claimed_until = NULL
            WHERE id = @id AND (claimed_by IS NULL OR claimed_by = @claimer);
            """, connection);
        Bind(command, updated);
        command.Parameters.AddWithValue("id", updated.Id);
        command.Parameters.AddWithValue("claimer", claimer);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // A reply a dead replica claimed is due now. One a live replica has claimed is due when its lease runs out, or at the
    // next liveness check if sooner (on the database's clock, in .NET ticks), so this replica's worker wakes then and
    // delivers it if that replica has died meanwhile. This outbox's own claims are not due: it completes them itself.
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"""
            {LiveClaimers}
            SELECT MIN(CASE WHEN {Claimable} THEN next_attempt_at_ticks
                ELSE GREATEST(next_attempt_at_ticks,
                    (extract(epoch FROM LEAST(claimed_until, clock_timestamp() + @check)) * 10000000)::bigint + {UnixEpochTicks}) END)
            FROM outbox_messages WHERE state = @pending AND ({Claimable} OR claimed_by <> @claimer);
            """, connection);
        command.Parameters.AddWithValue("pending", Pending);
        command.Parameters.AddWithValue("claimer", claimer);
        command.Parameters.AddWithValue("check", LivenessCheck);
        return await command.ExecuteScalarAsync(cancellationToken) is long ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
    }

    public async Task<OutboundMessage?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT id, body, document FROM outbox_messages WHERE id = @id;", connection);
        command.Parameters.AddWithValue("id", id);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<OutboundMessage>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT id, body, document FROM outbox_messages ORDER BY id;", connection);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<int> ResetAsync(ResetScope scope, CancellationToken cancellationToken) => (await database.ExecuteInScopeAsync(scope, cancellationToken,
        """
        DELETE FROM outbox_messages WHERE (@nhs IS NULL OR nhs_number = @nhs) AND (@asid IS NULL OR recipient_asid = @asid)
            AND (@tenant IS NULL OR (document::jsonb ->> 'tenantId')::bigint = @tenant);
        """))[0];

    /// <summary>A clean stop: the replies this outbox claimed and did not complete go back at once, not when their lease ends.</summary>
    public async ValueTask DisposeAsync()
    {
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        await using (var command = new NpgsqlCommand("UPDATE outbox_messages SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = @claimer;", connection))
        {
            command.Parameters.AddWithValue("claimer", claimer);
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }

        await claimerLock.DisposeAsync();
    }

    private static void Bind(NpgsqlCommand command, OutboundMessage message)
    {
        command.Parameters.AddWithValue("state", message.State.ToString());
        command.Parameters.AddWithValue("next", message.NextAttemptAt.UtcTicks);
        command.Parameters.Add(Text("nhs", message.NhsNumber));
        command.Parameters.Add(Text("asid", message.RecipientAsid));
        command.Parameters.AddWithValue("body", NpgsqlDbType.Bytea, message.Body);
        command.Parameters.AddWithValue("document", JsonSerializer.Serialize(message with { Body = [] }, SimulatorStorage.Json));
    }

    private static async Task<List<OutboundMessage>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var messages = new List<OutboundMessage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var document = JsonSerializer.Deserialize<OutboundMessage>(reader.GetString(2), SimulatorStorage.Json)
                ?? throw new InvalidDataException("A stored outbound message is empty.");
            messages.Add(document with { Id = reader.GetInt64(0), Body = reader.Bytes(1) });
        }

        return messages;
    }
}
