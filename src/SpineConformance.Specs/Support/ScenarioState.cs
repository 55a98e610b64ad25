using SpineConformance.Simulator.Journal;
using SpineConformance.Specs.Drivers;

namespace SpineConformance.Specs.Support;

/// <summary>What one scenario has done so far: its patient, what the SUT showed, and the exchange it caused.</summary>
public sealed class ScenarioState
{
    private string? nhsNumber;
    private SutPermissionsView? shown;
    private JournalEntry? exchange;

    public string NhsNumber
    {
        get => nhsNumber ?? throw new InvalidOperationException("No patient yet: a Given step must create one first.");
        set => nhsNumber = value;
    }

    public SutPermissionsView Shown
    {
        get => shown ?? throw new InvalidOperationException("The system under test has shown nothing yet: a When step must act first.");
        set => shown = value;
    }

    public JournalEntry Exchange
    {
        get => exchange ?? throw new InvalidOperationException("No exchange with the simulator yet: a When step must act first.");
        set => exchange = value;
    }
}
