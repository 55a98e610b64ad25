using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Async;

/// <summary>Who sent an ebXML message, as the directory knows them by party key, and whether SDS lets them send it.</summary>
internal sealed class EbxmlSenders(SpineDirectory directory, SdsRegistrationCheck registration, IOptions<SimulatorOptions> options)
{
    /// <summary>Spine's own party key, which a request must be addressed to.</summary>
    public string SpinePartyKey => directory.SpinePartyKey;

    public AccreditedSystem? Find(EbxmlHeader header) => directory.SystemByPartyKey(header.From.PartyId);

    /// <summary>The SDS registration findings, placed on the header's sender party id.</summary>
    public ValidationReport Check(EbxmlHeader header, AccreditedSystem? sender) =>
        new(registration.Check(sender?.Asid ?? header.From.PartyId, header.Service, header.Action, options.Value.Strict)
            .Select(f => f with { XPath = "eb:MessageHeader/eb:From/eb:PartyId" }).ToList());
}
