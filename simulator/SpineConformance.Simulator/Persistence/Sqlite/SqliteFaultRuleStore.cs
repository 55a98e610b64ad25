using System.Globalization;
using System.Text.Json;
using SpineConformance.Simulator.Faults;

namespace SpineConformance.Simulator.Persistence.Sqlite;

/// <summary>
/// Fault rules in <c>fault_rules</c>, so they outlive a restart: each a JSON document (the admin API's shape) with its
/// uses left in a column of their own, counted down in SQL so concurrent uses are never lost. A SQLite file serves one
/// simulator process (DESIGN.md, Scale), so the rules are also held in memory and matched there: an exchange that no rule
/// matches, nearly every one, never touches the file; a match that counts a use down writes before it is answered.
/// </summary>
internal sealed class SqliteFaultRuleStore : IFaultRuleStore
{
    private readonly SqliteDatabase database;
    private readonly FaultRuleList rules;

    public SqliteFaultRuleStore(SqliteDatabase database)
    {
        this.database = database;
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, remaining_uses, document FROM fault_rules ORDER BY id;";
        using var reader = command.ExecuteReader();
        var stored = new List<FaultRule>();
        while (reader.Read())
        {
            var document = JsonSerializer.Deserialize<FaultRule>(reader.GetString(2), SimulatorStorage.Json)
                ?? throw new InvalidDataException($"The stored fault rule {reader.GetInt64(0)} is empty.");
            stored.Add(document with { Id = reader.GetInt64(0), RemainingUses = reader.IsDBNull(1) ? null : reader.GetInt32(1) });
        }

        rules = new FaultRuleList(stored);
    }

    public async Task<FaultRule> AddAsync(FaultRule rule, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        await using var command = writer.CreateCommand();
        command.CommandText = "INSERT INTO fault_rules (remaining_uses, document) VALUES ($uses, $document) RETURNING id;";
        command.Parameters.AddWithValue("$uses", rule.RemainingUses is { } uses ? uses : DBNull.Value);
        command.Parameters.AddWithValue("$document", JsonSerializer.Serialize(rule with { Id = 0, RemainingUses = null }, SimulatorStorage.Json));
        var stored = rule with { Id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) };
        rules.Add(stored);
        return stored;
    }

    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken) =>
        await RemoveWhereAsync(r => r.Id == id, cancellationToken) > 0;

    public async Task<int> RemoveWhereAsync(Func<FaultRule, bool> match, CancellationToken cancellationToken)
    {
        // Under the write turn, so a rule added meanwhile is either matched here or added after the delete.
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        var removed = rules.RemoveWhere(match);
        if (removed.Count > 0)
        {
            using var transaction = writer.BeginTransaction();
            await using var command = writer.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM fault_rules WHERE id = $id;";
            var id = command.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Integer);
            foreach (var one in removed)
            {
                id.Value = one;
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }

            transaction.Commit();
        }

        return removed.Count;
    }

    public Task<IReadOnlyList<FaultRule>> ListAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(rules.Snapshot());
    }

    public async ValueTask<FaultRule?> TakeAsync(FaultRequest request, Func<FaultKind, bool> applies, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (rules.Take(request, applies) is not { } rule)
        {
            return null;
        }

        if (rule.RemainingUses is not null)
        {
            await using var writer = await database.OpenWriterAsync(CancellationToken.None);
            await using var command = writer.CreateCommand();
            command.CommandText = "UPDATE fault_rules SET remaining_uses = remaining_uses - 1 WHERE id = $id AND remaining_uses > 0;";
            command.Parameters.AddWithValue("$id", rule.Id);
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }

        return rule;
    }
}
