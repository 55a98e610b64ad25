using SpineConformance.Hl7.Soap;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Directory;

/// <summary>
/// Whether the sender is an accredited system registered for the interaction it uses, as Spine checks against SDS.
/// Strict mode makes an unregistered ASID or interaction an error; by default it is a warning, so a developer
/// can start without registering anything. What live Spine answers is not public [Q ACS.md §11.3], so the fault
/// names here are ours.
/// </summary>
internal sealed class SdsRegistrationCheck(SpineDirectory directory)
{
    public const string AsidFault = "SdsDirectory.ASID_NOT_REGISTERED";

    public const string InteractionFault = "SdsDirectory.INTERACTION_NOT_REGISTERED";

    public IReadOnlyList<Finding> Check(string? senderAsid, string service, string interactionId, bool strict)
    {
        var severity = strict ? Severity.Error : Severity.Warning;
        var system = directory.SystemByAsid(senderAsid);
        if (system is null)
        {
            return [new Finding("SDS-ASID-REGISTERED", AsidFault, ValidationLayer.Transport, severity, "communicationFunctionSnd/device/id/@extension",
                "an ASID registered in the SDS directory", $"'{senderAsid}'",
                $"The sending ASID '{senderAsid}' is not registered in the simulator's SDS directory (GET /admin/directory). Register it with PUT /admin/directory/systems/{senderAsid}.")];
        }

        return system.IsRegisteredFor(service, interactionId)
            ? []
            : [new Finding("SDS-INTERACTION-REGISTERED", InteractionFault, ValidationLayer.Transport, severity, "wsa:Action",
                $"'{service}:{interactionId}' among the system's registered interactions", $"not registered for ASID {system.Asid}",
                $"ASID {system.Asid} is not registered in SDS for {service}:{interactionId}. Add it to the system's interactions (PUT /admin/directory/systems/{system.Asid}).")];
    }

    public static string ServiceOf(SyncInteraction interaction) => interaction.Service;
}
