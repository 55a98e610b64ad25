using System.Globalization;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// The state each replica keeps in memory and reads again when another replica changes it: the directory and the tenants.
/// A store changing either notifies <see cref="Channel"/> in the statement that changes it (so the notification goes when,
/// and only if, the change commits) with "what:replica"; <see cref="PostgresChangeListener"/> reads that part again.
/// Fault rules are not among them: every exchange reads them from the database (<see cref="PostgresFaultRuleStore"/>).
/// </summary>
internal static class PostgresChanges
{
    /// <summary>The channel every change to in-memory state is notified on.</summary>
    public const string Channel = "spine_changes";

    public const string Directory = "directory";

    public const string Tenants = "tenants";

    /// <summary>The SQL expression for a notification of <paramref name="what"/>, signed with the parameter <c>@replica</c>.</summary>
    public static string Notify(string what) => $"pg_notify('{Channel}', '{what}:' || @replica)";

    /// <summary>Binds <c>@replica</c> to this replica's number.</summary>
    public static void Sign(Npgsql.NpgsqlCommand command, PostgresDatabase database) =>
        command.Parameters.AddWithValue("replica", database.Replica.ToString(CultureInfo.InvariantCulture));

    /// <summary>What changed and which replica changed it, or <see langword="null"/> for a payload this build does not know.</summary>
    public static (string What, long Replica)? Parse(string payload)
    {
        var colon = payload.LastIndexOf(':');
        return colon > 0 && long.TryParse(payload.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var replica)
            ? (payload[..colon], replica)
            : null;
    }
}
