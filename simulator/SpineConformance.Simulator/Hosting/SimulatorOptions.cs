using System.ComponentModel.DataAnnotations;

namespace SpineConformance.Simulator.Hosting;

/// <summary>How the simulator runs. Bound from the configuration section <c>Simulator</c>.</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Simulator";

    /// <summary>The SQLite file holding state. The default value is <c>spine-simulator.db</c> in the working directory.</summary>
    public string DataFile { get; set; } = "spine-simulator.db";

    /// <summary>Keep state in memory only (tests); when true it overrides <see cref="Store"/>. The default value is <see langword="false"/>.</summary>
    public bool InMemory { get; set; }

    /// <summary>
    /// Where state is kept: <c>sqlite</c> (the file <see cref="DataFile"/>), <c>memory</c> (nothing outlives the process)
    /// or <c>postgresql</c> (the database <see cref="ConnectionString"/> names, which several simulator processes may
    /// share). The default value is <c>sqlite</c>.
    /// </summary>
    public Persistence.StoreKind Store { get; set; } = Persistence.StoreKind.Sqlite;

    /// <summary>
    /// The PostgreSQL database for <see cref="Store"/> <c>postgresql</c>, as an Npgsql connection string
    /// (<c>Host=...;Database=...;Username=...</c>); what it leaves out comes from the standard <c>PGHOST</c>, <c>PGPORT</c>,
    /// <c>PGDATABASE</c>, <c>PGUSER</c> and <c>PGPASSWORD</c> environment variables. The default value is empty: those
    /// variables alone.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Check requests against everything a conformant client must satisfy, not only what Spine itself checks
    /// (for example, header-to-body consistency on Set, which Spine's Set validator skips). The default value is <see langword="false"/>.
    /// </summary>
    public bool Strict { get; set; }

    /// <summary>
    /// A JSON file holding the SDS directory (systems, users, role profiles, organisations, workgroups) to start
    /// with. The default value is empty: the embedded default directory (<c>default-directory.json</c>).
    /// </summary>
    public string? DirectoryFile { get; set; }

    /// <summary>A JSON seed file (patients' permissions, fault rules, directory) applied at start. The default value is none.</summary>
    public string? SeedFile { get; set; }

    /// <summary>Create the synthetic patients when the store is new. The default value is <see langword="true"/>.</summary>
    public bool SeedSyntheticPatients { get; set; } = true;

    /// <summary>Spine's own ASID, which requests must address and responses come from. The default value is <c>990101234567</c>.</summary>
    [Required]
    [RegularExpression("^[0-9]{12}$", ErrorMessage = "Simulator:SpineAsid must be a 12-digit ASID.")]
    public string SpineAsid { get; set; } = "990101234567";

    /// <summary>
    /// The HTTP status sent with an ebXML MessageError: Spine and TKW use 200, the MHS adaptors' fake Spine 500
    /// (TRANSPORT.md §3.5). The default value is 200.
    /// </summary>
    [Range(200, 599, ErrorMessage = "Simulator:EbxmlErrorStatusCode must be an HTTP status from 200 to 599.")]
    public int EbxmlErrorStatusCode { get; set; } = 200;

    /// <summary>How many journal entries stay in memory; the oldest leave first. The default value is 5000.</summary>
    [Range(10, 1_000_000, ErrorMessage = "Simulator:JournalCapacity must be between 10 and 1000000.")]
    public int JournalCapacity { get; set; } = 5000;

    /// <summary>
    /// The key the admin API (<c>/admin/...</c>) and the console (<c>/_console</c>) require, sent as the <c>X-Api-Key</c> header
    /// (the console asks for it once). Spine's endpoints and <c>/healthcheck</c> never need it. The default value is none:
    /// everything is open, which is safe only because the simulator listens on loopback unless told otherwise.
    /// </summary>
    [MinLength(8, ErrorMessage = "Simulator:AdminApiKey must be at least 8 characters long.")]
    public string? AdminApiKey { get; set; }

    /// <summary>
    /// The most bytes of message bodies the journal holds in memory. Past it, the oldest entries let go of their bodies:
    /// with a data file or database they are read back from it when asked for; in memory only (<c>InMemory</c>) a 4 KiB
    /// prefix of each stays, marked as truncated. The default value depends on where the bodies are kept: 64 MiB in memory
    /// only, where memory is their one copy (<see cref="MemoryOnlyJournalMemoryBytes"/>), and 256 KiB, about the newest 30
    /// exchanges, with a data file or database that keeps every body (<see cref="StoredJournalMemoryBytes"/>): there
    /// memory is only a cache, and bodies held for thousands of exchanges would outlive the garbage collector's youngest
    /// generation and make every collection copy them (see the README's "Performance").
    /// </summary>
    [Range(64L << 10, 16L << 30, ErrorMessage = "Simulator:JournalMemoryBytes must be between 64 KiB and 16 GiB.")]
    public long? JournalMemoryBytes { get; set; }

    /// <summary>The default of <see cref="JournalMemoryBytes"/> for a journal kept in memory only: 64 MiB.</summary>
    public const long MemoryOnlyJournalMemoryBytes = 64L << 20;

    /// <summary>The default of <see cref="JournalMemoryBytes"/> for a journal whose store keeps every body: 256 KiB.</summary>
    public const long StoredJournalMemoryBytes = 256L << 10;

    /// <summary>The largest request body accepted, in bytes. The default value is 4 MiB.</summary>
    [Range(1024, 256 * 1024 * 1024, ErrorMessage = "Simulator:MaxRequestBodyBytes must be between 1024 and 268435456.")]
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;
}
