using SpineConformance.Drivers;
using SpineConformance.Simulator.Client;

namespace SpineConformance.Specs.Support;

/// <summary>
/// What one scenario has done so far: its patient, the users it acts as, what the SUT last showed, and the
/// exchanges with Spine that the last action caused.
/// </summary>
public sealed class ScenarioState
{
    private string? nhsNumber;
    private string? outcome;
    private IReadOnlyList<JournalEntry>? exchanges;
    private string? otherWorkgroupId;

    public string NhsNumber
    {
        get => nhsNumber ?? throw new InvalidOperationException("No patient yet: a Given step must create one first.");
        set => nhsNumber = value;
    }

    /// <summary>Whether a Given step has made the scenario's patient yet.</summary>
    public bool HasPatient => nhsNumber is not null;

    /// <summary>
    /// A workgroup no one belongs to, for a scenario that asks about a workgroup none other asks about (so a fault rule on it
    /// touches only this scenario); made the first time it is asked for.
    /// </summary>
    public string OtherWorkgroupId => otherWorkgroupId ??= Testing.Some.WorkgroupId();

    /// <summary>Another user the scenario acts as (for role-based access), instead of the logged-in user.</summary>
    public SutUser? ActingUser { get; set; }

    /// <summary>A second clinician, for scenarios where two users act at once.</summary>
    public SutUser? SecondUser { get; set; }

    /// <summary>The permissions the SUT last showed, when the last action was a look-up.</summary>
    public SutPermissionsView? Shown { get; set; }

    /// <summary>The outcome the SUT last reported (<c>shown</c>, <c>recorded</c>, <c>refused</c>, <c>spineError</c>, …).</summary>
    public string Outcome
    {
        get => outcome ?? throw new InvalidOperationException("The system under test has shown nothing yet: a When step must act first.");
        set => outcome = value;
    }

    /// <summary>What the SUT showed when Spine accepted (or not) the last asynchronous request.</summary>
    public Drivers.SutAsyncView? Async { get; set; }

    /// <summary>The business outcome of the last asynchronous request, once its reply arrived.</summary>
    public Drivers.SutLrOutcome? AsyncOutcome { get; set; }

    /// <summary>The LR the scenario works with.</summary>
    public string? LrId { get; set; }

    /// <summary>What the SUT showed after the last LR query.</summary>
    public Drivers.SutQueryView? Query { get; set; }

    /// <summary>The message the SUT last showed its user.</summary>
    public string Message { get; set; } = string.Empty;

    /// <summary>The exchanges the last action caused, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Exchanges
    {
        get => exchanges ?? throw new InvalidOperationException("No exchange with the simulator yet: a When step must act first.");
        set => exchanges = value;
    }

    /// <summary>
    /// When the last action caused no exchange about the patient: what reached Spine instead, and what each message lacked
    /// to be matched to the patient (see <see cref="ArrivedInstead"/>); <see langword="null"/> otherwise.
    /// </summary>
    public string? NotAboutThePatient { get; set; }

    /// <summary>The single exchange the last action caused.</summary>
    public JournalEntry Exchange => Exchanges.Count == 1
        ? Exchanges[0]
        : throw new AssertionException($"Expected the last action to cause one exchange with Spine about the patient; it caused {Exchanges.Count}.{Cause()}");

    /// <summary>A failure message's ending that names the cause when no exchange about the patient arrived; empty otherwise.</summary>
    public string Cause() =>
        exchanges?.All(e => e.Direction != ExchangeDirection.Inbound) != false && NotAboutThePatient is { } instead ? Environment.NewLine + instead : string.Empty;
}
