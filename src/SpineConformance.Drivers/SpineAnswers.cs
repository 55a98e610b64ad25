using SpineConformance.Hl7.Acs;
using SpineConformance.Simulator.Client;

namespace SpineConformance.Drivers;

/// <summary>Reads what the simulator answered in a journaled exchange.</summary>
public static class SpineAnswers
{
    public static AcsResponse Read(JournalEntry entry) => AcsResponseReader.Read(entry.ResponseBody);
}
