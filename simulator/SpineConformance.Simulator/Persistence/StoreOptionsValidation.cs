using Microsoft.Extensions.Options;
using Npgsql;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Simulator.Persistence;

/// <summary>
/// Checks the store choice at start-up, each message naming the setting: PostgreSQL needs a database named somewhere
/// (a connection string, or <c>PGHOST</c>), a connection string must parse, and one given for another store would be
/// silently ignored, so it is refused.
/// </summary>
internal sealed class StoreOptionsValidation(Func<string, string?> environment) : IValidateOptions<SimulatorOptions>
{
    public StoreOptionsValidation()
        : this(Environment.GetEnvironmentVariable)
    {
    }

    public ValidateOptionsResult Validate(string? name, SimulatorOptions options)
    {
        var kind = SimulatorStorage.Kind(options);
        var given = !string.IsNullOrWhiteSpace(options.ConnectionString);
        if (kind != StoreKind.PostgreSql)
        {
            return given
                ? ValidateOptionsResult.Fail(
                    $"Simulator:ConnectionString (--connection-string) is given but the store is {kind.ToString().ToLowerInvariant()}; add --store postgresql (Simulator:Store) to use it, or leave it out.")
                : ValidateOptionsResult.Success;
        }

        if (given)
        {
            try
            {
                _ = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            }
            catch (ArgumentException ex)
            {
                return ValidateOptionsResult.Fail($"Simulator:ConnectionString (--connection-string) is not an Npgsql connection string: {ex.Message} Expected e.g. Host=/tmp/pg;Database=spine;Username=spine.");
            }
        }

        if (!given || new NpgsqlConnectionStringBuilder(options.ConnectionString).Host is null)
        {
            if (string.IsNullOrWhiteSpace(environment("PGHOST")))
            {
                return ValidateOptionsResult.Fail(
                    "Simulator:Store (--store) is postgresql but no server is named: give --connection-string \"Host=...;Database=...;Username=...\" "
                    + "(Simulator:ConnectionString), or set the PGHOST environment variable (with PGDATABASE, PGUSER, PGPASSWORD as needed).");
            }
        }

        return ValidateOptionsResult.Success;
    }

    /// <summary>The connection string without its password, for messages.</summary>
    public static string Describe(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"host {builder.Host ?? "from PGHOST"}, database {builder.Database ?? "from PGDATABASE"}, user {builder.Username ?? "from PGUSER"}";
        }
        catch (ArgumentException)
        {
            return "an unreadable connection string";
        }
    }
}
