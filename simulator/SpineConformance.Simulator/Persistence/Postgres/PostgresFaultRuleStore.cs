using System.Text.Json;
using Npgsql;
using SpineConformance.Simulator.Faults;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// Fault rules in <c>fault_rules</c>: each a JSON document (the admin API's shape) with its uses left in a column of its
/// own. Not held in memory: every exchange reads the rules (one small query, usually of no rows) so a rule added on one
/// replica applies on all at once. A use is counted with one atomic <c>UPDATE ... RETURNING</c> that succeeds only while
/// uses remain, so replicas using one rule at once never take more uses than it has; a replica that loses the race to the
/// last use goes on to the next matching rule.
/// </summary>
internal sealed class PostgresFaultRuleStore(PostgresDatabase database) : IFaultRuleStore
{
    public async Task<FaultRule> AddAsync(FaultRule rule, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("INSERT INTO fault_rules (remaining_uses, document) VALUES (@uses, @document) RETURNING id;", connection);
        command.Parameters.Add(new NpgsqlParameter("uses", NpgsqlTypes.NpgsqlDbType.Integer) { Value = rule.RemainingUses is { } uses ? uses : DBNull.Value });
        command.Parameters.AddWithValue("document", JsonSerializer.Serialize(rule with { Id = 0, RemainingUses = null }, SimulatorStorage.Json));
        return rule with { Id = (long)(await command.ExecuteScalarAsync(cancellationToken))! };
    }

    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM fault_rules WHERE id = @id;", connection);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    // The rules the match accepts among those stored now; a rule another replica adds meanwhile is not among them.
    public async Task<int> RemoveWhereAsync(Func<FaultRule, bool> match, CancellationToken cancellationToken)
    {
        var removed = (await ListAsync(cancellationToken)).Where(match).Select(r => r.Id).ToArray();
        if (removed.Length == 0)
        {
            return 0;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM fault_rules WHERE id = ANY(@ids);", connection);
        command.Parameters.AddWithValue("ids", removed);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FaultRule>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadAsync(connection, cancellationToken);
    }

    public async ValueTask<FaultRule?> TakeAsync(FaultRequest request, Func<FaultKind, bool> applies, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var rule in (await ReadAsync(connection, cancellationToken)).Where(r => applies(r.Kind) && r.Matches(request)))
        {
            if (rule.RemainingUses is null)
            {
                return rule;
            }

            await using var use = new NpgsqlCommand(
                "UPDATE fault_rules SET remaining_uses = remaining_uses - 1 WHERE id = @id AND remaining_uses > 0 RETURNING remaining_uses;", connection);
            use.Parameters.AddWithValue("id", rule.Id);
            if (await use.ExecuteScalarAsync(CancellationToken.None) is int left)
            {
                // As the rule stood before this use, as the in-memory list returns it.
                return rule with { RemainingUses = left + 1 };
            }
        }

        return null;
    }

    private static async Task<IReadOnlyList<FaultRule>> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id, remaining_uses, document FROM fault_rules ORDER BY id;", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rules = new List<FaultRule>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var document = JsonSerializer.Deserialize<FaultRule>(reader.GetString(2), SimulatorStorage.Json)
                ?? throw new InvalidDataException($"The stored fault rule {reader.GetInt64(0)} is empty.");
            rules.Add(document with { Id = reader.GetInt64(0), RemainingUses = reader.IsDBNull(1) ? null : reader.GetInt32(1) });
        }

        return rules;
    }
}
