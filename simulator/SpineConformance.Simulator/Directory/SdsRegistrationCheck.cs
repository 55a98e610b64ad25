using SpineConformance.Hl7.Soap;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Sds;

namespace SpineConformance.Simulator.Directory;

/// <summary>
/// The sender's SDS registration, checked by the catalogue's rules (<see cref="SdsRegistrationRules"/>) over the request and
/// this simulator's directory view of the sender. Strict mode makes an unregistered ASID or interaction an error; by
/// default it is a warning.
/// </summary>
internal sealed class SdsRegistrationCheck(SpineDirectory directory)
{
    public const string AsidFault = SdsRegistrationRules.AsidFault;

    public const string InteractionFault = SdsRegistrationRules.InteractionFault;

    public IReadOnlyList<Finding> Check(string? senderAsid, string service, string interactionId, bool strict)
    {
        var system = directory.SystemByAsid(senderAsid);
        var sender = system is null ? null : new SdsRegisteredSender(system.Asid, system.IsRegisteredFor(service, interactionId));
        return SdsRegistrationRules.Validate(new SdsRegistrationRequest(senderAsid, service, interactionId, sender), strict);
    }

    public static string ServiceOf(SyncInteraction interaction) => interaction.Service;
}
