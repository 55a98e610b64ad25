using System.Globalization;
using System.Text.RegularExpressions;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.ReferenceSut.Defects;
using SpineConformance.ReferenceSut.Forms;

namespace SpineConformance.Drivers.Settings;

/// <summary>How the suite drives the system under test.</summary>
public enum SutDriverKind
{
    /// <summary>The reference SUT inside the test process, its actions called directly (no HTTP between suite and SUT).</summary>
    InProcess,

    /// <summary>Any SUT through the JSON test-hook contract (<c>src/SpineConformance.Drivers/test-hook.openapi.json</c>) over HTTP.</summary>
    TestHook,

    /// <summary>Any SUT's web pages in Chromium, through a page map.</summary>
    Playwright,

    /// <summary>A person at the SUT: each action is printed and the tester records what the system showed.</summary>
    Manual,
}

/// <summary>Where the simulator runs.</summary>
public enum SimulatorMode
{
    /// <summary>Inside the test process, started by the suite.</summary>
    InProcess,

    /// <summary>A simulator the tester started (standalone or hosted), at <c>SimulatorUrl</c>, reached through its admin API.</summary>
    External,
}

/// <summary>
/// Everything a run can be told, from <c>runsettings.xml</c>'s <c>TestRunParameters</c>; each one can be overridden by
/// an environment variable <c>SPINE_</c> + the name in upper snake case (<c>SutDriver</c> → <c>SPINE_SUT_DRIVER</c>).
/// <see cref="Read"/> checks every value and collects every problem, so a wrong setting stops the run at the start
/// with a message naming the setting and what it expects.
/// </summary>
public sealed record SuiteSettings
{
    public SutDriverKind SutDriver { get; init; } = SutDriverKind.InProcess;

    /// <summary>The SUT's address; empty means the suite starts the reference SUT in-process.</summary>
    public Uri? SutBaseUrl { get; init; }

    /// <summary>Where Spine sends the SUT asynchronous replies (its MHS inbound endpoint); defaults to <c>{SutBaseUrl}/mhs/inbound</c>.</summary>
    public Uri? SutMhsEndpoint { get; init; }

    /// <summary>The page map for <see cref="SutDriverKind.Playwright"/>, as a full path.</summary>
    public string? PageMap { get; init; }

    /// <summary>The Chromium executable for the Playwright driver.</summary>
    public string Browser { get; init; } = "/usr/bin/chromium";

    public SimulatorMode SimulatorMode { get; init; } = SimulatorMode.InProcess;

    /// <summary>In-process: where the simulator listens (empty: a loopback port the OS assigns). External: where it is.</summary>
    public Uri? SimulatorUrl { get; init; }

    /// <summary>The external simulator's admin API key (sent as <c>X-Api-Key</c>), when it was started with one.</summary>
    public string? SimulatorApiKey { get; init; }

    public TestIdentities Identities { get; init; } = TestIdentities.ReferenceSut;

    /// <summary>"ours" for the suite's own schemas, or the full path of a folder holding the official MIM schemas.</summary>
    public string SchemaSource { get; init; } = OurSchemas;

    public const string OurSchemas = "ours";

    /// <summary>Where the run's evidence bundle (a zip file) is written, as a full path.</summary>
    public string EvidenceDirectory { get; init; } = Path.Combine("reports", "evidence");

    /// <summary>
    /// The ids of the reference SUT's defects to switch on (<see cref="DefectCatalogue"/>), to prove the suite catches them;
    /// empty for a conformant reference SUT. Only for the reference SUT the suite starts itself.
    /// </summary>
    public IReadOnlyList<string> SutDefects { get; init; } = [];

    /// <summary>
    /// The alternative forms the reference SUT is to send where the specifications allow more than one
    /// (<see cref="FormCatalogue"/>; <c>all</c> for every one), to prove the suite accepts each. Only for the reference SUT
    /// the suite starts itself. The default value is empty: the first form of each.
    /// </summary>
    public IReadOnlyList<string> SutForms { get; init; } = [];

    /// <summary>Whether the SUT is the reference SUT the suite starts itself.</summary>
    public bool StartsReferenceSut => SutBaseUrl is null;

    /// <summary>The settings, with every problem found; <paramref name="value"/> gives a setting's raw text by name (or null).</summary>
    public static (SuiteSettings Settings, IReadOnlyList<string> Problems) Read(Func<string, string?> value, string repositoryRoot)
    {
        ArgumentNullException.ThrowIfNull(value);
        var problems = new List<string>();
        var read = new SettingsReader(value, problems);
        var driver = read.Enum("SutDriver", SutDriverKind.InProcess);
        var sutBaseUrl = read.HttpUrl("SutBaseUrl");
        var mhs = read.HttpUrl("SutMhsEndpoint");
        var simulatorMode = read.Enum("SimulatorMode", SimulatorMode.InProcess);
        var simulatorUrl = read.HttpUrl("SimulatorUrl");
        var simulatorApiKey = read.Text("SimulatorApiKey");
        var pageMap = read.Text("PageMap");
        var browser = read.Text("Browser") ?? "/usr/bin/chromium";
        var schemaSource = read.Text("SchemaSource") ?? OurSchemas;
        var evidence = Path.GetFullPath(read.Text("EvidenceDirectory") ?? Path.Combine("reports", "evidence"), repositoryRoot);
        var defects = read.Defects("SutDefects");
        var forms = read.Forms("SutForms");

        if (driver == SutDriverKind.InProcess && sutBaseUrl is not null)
        {
            problems.Add($"SutBaseUrl: '{sutBaseUrl}' names a system you run yourself, but SutDriver=InProcess drives the reference SUT the suite starts. Use SutDriver=TestHook, Playwright or Manual for your system, or leave SutBaseUrl empty.");
        }

        if (defects.Count > 0 && sutBaseUrl is not null)
        {
            problems.Add($"SutDefects: only the reference SUT the suite starts itself can be switched to make mistakes, but SutBaseUrl names {sutBaseUrl}. Leave SutDefects empty, or SutBaseUrl.");
        }

        if (forms.Count > 0 && sutBaseUrl is not null)
        {
            problems.Add($"SutForms: only the reference SUT the suite starts itself can be switched to other forms, but SutBaseUrl names {sutBaseUrl}. Leave SutForms empty, or SutBaseUrl.");
        }

        if (driver == SutDriverKind.Manual && sutBaseUrl is null)
        {
            problems.Add("SutBaseUrl: SutDriver=Manual needs the address of the system the tester uses, e.g. http://127.0.0.1:5100.");
        }

        if (mhs is not null && sutBaseUrl is null)
        {
            problems.Add("SutMhsEndpoint: only for a system you run yourself (with SutBaseUrl); the reference SUT's endpoint is registered by the suite.");
        }

        if (simulatorMode == SimulatorMode.External && simulatorUrl is null)
        {
            problems.Add("SimulatorUrl: SimulatorMode=External needs the address of the simulator you started, e.g. http://127.0.0.1:5000.");
        }

        if (simulatorApiKey is not null && simulatorMode != SimulatorMode.External)
        {
            problems.Add("SimulatorApiKey: only for SimulatorMode=External; the in-process simulator needs no key.");
        }

        if (sutBaseUrl is not null && driver != SutDriverKind.InProcess && simulatorMode == SimulatorMode.InProcess && simulatorUrl is null)
        {
            problems.Add($"SimulatorUrl: your system at {sutBaseUrl} must know where Spine is, so the in-process simulator needs a fixed address, e.g. http://127.0.0.1:5000 (configure your system to send there).");
        }

        string? pageMapPath = null;
        if (driver == SutDriverKind.Playwright)
        {
            pageMapPath = pageMap is null ? Path.Combine(repositoryRoot, "src", "SpineConformance.Drivers", "Web", "reference-sut.pagemap.json") : Path.GetFullPath(pageMap, repositoryRoot);
            if (!File.Exists(pageMapPath))
            {
                problems.Add($"PageMap: '{pageMapPath}' does not exist. Give the page map of your system's web pages (see src/SpineConformance.Drivers/Web/reference-sut.pagemap.json).");
            }
            else
            {
                try
                {
                    Drivers.Web.PageMap.Load(pageMapPath);
                }
                catch (InvalidDataException e)
                {
                    problems.Add($"PageMap: {e.Message}");
                }
            }

            if (!File.Exists(browser))
            {
                problems.Add($"Browser: '{browser}' does not exist. Install Chromium (apt-get install -y chromium) or give its path.");
            }
        }
        else if (pageMap is not null)
        {
            problems.Add($"PageMap: only the Playwright driver reads a page map, but SutDriver={driver}.");
        }

        if (!string.Equals(schemaSource, OurSchemas, StringComparison.OrdinalIgnoreCase))
        {
            schemaSource = Path.GetFullPath(schemaSource, repositoryRoot);
            if (!System.IO.Directory.Exists(schemaSource))
            {
                problems.Add($"SchemaSource: '{schemaSource}' is not a folder. Use \"ours\" or a folder holding the official schemas (each interaction's XSD named after it, e.g. REPC_IN010000UK15.xsd, anywhere under it).");
            }
            else if (!System.IO.Directory.EnumerateFiles(schemaSource, "*.xsd", SearchOption.AllDirectories).Any())
            {
                problems.Add($"SchemaSource: '{schemaSource}' holds no .xsd file. Give the folder that holds the official schemas, e.g. ../shared/spine-reference/schemas.");
            }
        }

        var identities = IdentitySettings.Read(read, problems);

        return (new SuiteSettings
        {
            SutDriver = driver,
            SutBaseUrl = sutBaseUrl,
            SutMhsEndpoint = mhs ?? (sutBaseUrl is null ? null : new Uri(sutBaseUrl, "/mhs/inbound")),
            PageMap = pageMapPath,
            Browser = browser,
            SimulatorMode = simulatorMode,
            SimulatorUrl = simulatorUrl,
            SimulatorApiKey = simulatorApiKey,
            Identities = identities,
            SchemaSource = schemaSource,
            EvidenceDirectory = evidence,
            SutDefects = defects,
            SutForms = forms,
        }, problems);
    }

    /// <summary>The environment variable that overrides a setting: <c>SutDriver</c> → <c>SPINE_SUT_DRIVER</c>.</summary>
    public static string EnvironmentVariable(string setting) =>
        "SPINE_" + Regex.Replace(setting, "(?<=[a-z0-9])(?=[A-Z])", "_", RegexOptions.None, TimeSpan.FromSeconds(1)).ToUpperInvariant();

    /// <summary>A line per setting, for the report's environment and the run's log.</summary>
    public IReadOnlyDictionary<string, string> Describe() => new Dictionary<string, string>
    {
        ["Sut.Driver"] = SutDriver.ToString(),
        ["Sut.BaseUrl"] = SutBaseUrl?.ToString() ?? "reference SUT, in-process",
        ["Sut.Defects"] = SutDefects.Count == 0 ? "none" : string.Join(", ", SutDefects),
        ["Sut.Forms"] = SutForms.Count == 0 ? "the first form of each" : string.Join(", ", SutForms),
        ["Simulator.Mode"] = SimulatorMode.ToString(),
        ["Simulator.Url"] = SimulatorUrl?.ToString() ?? "a loopback port the OS assigns",
        ["Schema.Source"] = SchemaSource == OurSchemas ? "SpineConformance schemas" : SchemaSource,
        ["Identities"] = $"system ASID {Identities.SystemAsid}, party key {Identities.PartyKey}, CPA ids {string.Join(",", Identities.CpaIds)}, Spine ASID {Identities.SpineAsid}, user {Identities.UserId} / role profile {Identities.RoleProfileId} / job role {Identities.JobRole} at {Identities.OrganisationCode} ({Identities.OrganisationName})",
        ["Identities.Others"] = $"workgroup {Identities.WorkgroupId} ({Identities.WorkgroupName}); second clinician {Describe(Identities.SecondClinician)}; restricted user {Describe(Identities.RestrictedUser)}",
        ["Rbac"] = Identities.Rbac.ToString(),
    };

    private static string Describe(SutUser user) => $"user {user.UserId} / role profile {user.RoleProfileId} / job role {user.JobRole}";
}
