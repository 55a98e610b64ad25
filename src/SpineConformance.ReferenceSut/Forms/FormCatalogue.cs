namespace SpineConformance.ReferenceSut.Forms;

/// <summary>
/// Every alternative form the reference SUT can be switched to send (<c>ReferenceSut:Forms</c>), each one the reference
/// notes allow. A conformant client may send either form, so the suite must pass with any of these on, alone or together
/// (<c>all</c>). Ids are stable names; a form may be added, never renamed.
/// </summary>
public static class FormCatalogue
{
    /// <summary>The word that switches every form on at once.</summary>
    public const string AllForms = "all";

    public static readonly SutForm SoapActionQuoted = new("SoapActionQuoted",
        "Synchronous requests send the HTTP SOAPAction in double quotes (\"urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01\")",
        "SOAP 1.1 §6.1.1 quotes it; TRANSPORT.md §1.1 (SpineTools quotes it) and §8 (accept quoted and unquoted)");

    public static readonly SutForm ContentTypeWithoutCharset = new("ContentTypeWithoutCharset",
        "Synchronous requests are sent as Content-Type: text/xml, with no charset parameter (UTF-8 bytes)",
        "TRANSPORT.md §1.1: the NHS MHS sends text/xml with a separate charset header, SpineTools text/xml; charset=utf-8");

    public static readonly SutForm OtherSyncPath = new("OtherSyncPath",
        "Synchronous requests go to /syncservice-lrs/acf (and wsa:To names it) instead of /sync-service",
        "TRANSPORT.md §1.1 and ACS.md §2.4: Spine's sync paths include /sync-service and /syncservice-lrs/acf");

    public static readonly SutForm CreationTimeWithOffset = new("CreationTimeWithOffset",
        "Every message's creationTime carries its UTC offset (20250601133000+0100, the same Europe/London time) instead of none",
        "TRANSPORT.md §2.1 (HL7 TS); LR.md §8.1: creationTime is 12, 14 or 19 characters, YYYYMMDDHHMMSS[+ZZzz]");

    public static readonly SutForm VersionCode4200 = new("VersionCode4200",
        "Every message's versionCode is V3NPfIT4.2.00 instead of V3NPfIT3.0",
        "TRANSPORT.md §2.1: any HL7StandardVersionCode value; ACS.md §3.3 (Set's schema restricts it to that list, which holds both)");

    public static readonly SutForm SetChangedFunctionOnly = new("SetChangedFunctionOnly",
        "A Set sends only the function (View or Store) whose permission changes from what the system last saw on Spine, and both when it knows of no change",
        "ACS.md §5.3: one or two assertions, at least one of View and Store; §5.3 note: a single View assertion is usual");

    public static readonly SutForm TestHookOneAtATime = new("TestHookOneAtATime",
        "The test hook serves one request at a time: a second call waits until the first has answered",
        "the test-hook contract makes no promise of concurrency (README, supplier guide)");

    /// <summary>Every form, in a stable order.</summary>
    public static IReadOnlyList<SutForm> All { get; } =
        [SoapActionQuoted, ContentTypeWithoutCharset, OtherSyncPath, CreationTimeWithOffset, VersionCode4200, SetChangedFunctionOnly, TestHookOneAtATime];

    /// <summary>Every id and <c>all</c>, comma-separated, for a message that must say which names would have been accepted.</summary>
    public static string IdList() => string.Join(", ", All.Select(f => f.Id).Append(AllForms));

    /// <summary>The form with this id (ignoring case), or <see langword="null"/> when there is none.</summary>
    public static SutForm? Find(string? id) => All.FirstOrDefault(f => string.Equals(f.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The forms a list of names asks for (<c>all</c> is every form); unknown names are left out, see <see cref="Unknown"/>.</summary>
    public static IReadOnlyList<SutForm> Resolve(IEnumerable<string> names)
    {
        var wanted = names.Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        return wanted.Any(n => string.Equals(n, AllForms, StringComparison.OrdinalIgnoreCase))
            ? All
            : [.. All.Where(f => wanted.Any(n => string.Equals(n, f.Id, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>The names in a list that are neither a form nor <c>all</c>.</summary>
    public static IReadOnlyList<string> Unknown(IEnumerable<string> names) =>
        [.. names.Select(n => n.Trim()).Where(n => n.Length > 0 && Find(n) is null && !string.Equals(n, AllForms, StringComparison.OrdinalIgnoreCase))];
}
