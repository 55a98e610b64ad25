using SpineConformance.Hl7.Ebxml;
using SpineConformance.Simulator.Sync;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Async;

/// <summary>
/// The checks on a well-packaged ebXML message with a valid header before it is processed: the simulator serves its
/// Service/Action, it is addressed to Spine, and its HTTP SOAPAction names the same action. Each refusal is both the
/// MessageError sent back and the finding the journal keeps, so the console says why as plainly as the answer does.
/// </summary>
internal static class EbxmlRouting
{
    public static EbxmlRefusal? Check(EbxmlHeader header, bool supported, string spinePartyKey, string? soapActionHeader)
    {
        if (!supported)
        {
            return Refuse("EBXML-ROUTE-SUPPORTED", "eb:MessageHeader/eb:Action", "an interaction the simulator serves on this path", header.SoapAction,
                new EbxmlError(EbxmlErrorCodes.NotSupported, EbxmlError.ErrorSeverity, $"The simulator does not support {header.Service}/{header.Action} on this path."));
        }

        if (header.To.PartyId != spinePartyKey)
        {
            return Refuse("EBXML-ROUTE-TO-SPINE", "eb:MessageHeader/eb:To/eb:PartyId", spinePartyKey, header.To.PartyId,
                EbxmlError.ValueNotRecognized($"Unknown eb:To/eb:PartyId '{header.To.PartyId}': Spine's party key is {spinePartyKey}."));
        }

        var action = SoapActionHeader.Normalise(soapActionHeader);
        if (action is null)
        {
            return Refuse("EBXML-HTTP-SOAPACTION", "HTTP header SOAPAction", $"\"{header.SoapAction}\"", "(absent)", EbxmlError.ValueNotRecognized(
                $"The request has no SOAPAction header, and Spine routes ebXML messages by it: send SOAPAction: \"{header.SoapAction}\" (eb:Service/eb:Action)."));
        }

        return action != header.SoapAction
            ? Refuse("EBXML-HTTP-SOAPACTION", "HTTP header SOAPAction", $"\"{header.SoapAction}\"", action,
                EbxmlError.Inconsistent($"The HTTP SOAPAction '{action}' differs from eb:Service/eb:Action '{header.SoapAction}'."))
            : null;
    }

    private static EbxmlRefusal Refuse(string ruleId, string location, string expected, string actual, EbxmlError error) =>
        new(error with { Location = location }, new Finding(ruleId, null, ValidationLayer.Transport, Severity.Error, location, expected, actual, error.Description));
}

/// <summary>A MessageError to answer with, and the finding that explains it in the journal.</summary>
internal sealed record EbxmlRefusal(EbxmlError Error, Finding Finding);
