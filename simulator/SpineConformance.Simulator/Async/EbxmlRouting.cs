using SpineConformance.Hl7.Ebxml;
using SpineConformance.Validation.Ebxml;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Async;

/// <summary>
/// The routing rules (<see cref="EbxmlRouteRules"/>) on a well-packaged ebXML message with a valid header, and the
/// MessageError Spine answers the first one broken with. Each refusal is both that answer and the rule's finding the
/// journal keeps, and both say why in the same words.
/// </summary>
internal static class EbxmlRouting
{
    public static EbxmlRefusal? Check(EbxmlRouteRequest request)
    {
        var findings = EbxmlRouteRules.Validate(request).Findings;
        return findings.Count == 0 ? null : new EbxmlRefusal(Answer(findings[0], request) with { Location = findings[0].XPath }, findings[0]);
    }

    private static EbxmlError Answer(Finding finding, EbxmlRouteRequest request)
    {
        var header = request.Header;
        if (finding.RuleId == EbxmlRouteRules.Supported.Id)
        {
            return new EbxmlError(EbxmlErrorCodes.NotSupported, EbxmlError.ErrorSeverity, EbxmlRouteRules.NotServed(header));
        }

        if (finding.RuleId == EbxmlRouteRules.ToSpine.Id)
        {
            return EbxmlError.ValueNotRecognized(EbxmlRouteRules.NotAddressedToSpine(header, request.SpinePartyKey));
        }

        return request.Action is null
            ? EbxmlError.ValueNotRecognized(EbxmlRouteRules.NoSoapAction(header))
            : EbxmlError.Inconsistent(EbxmlRouteRules.SoapActionDiffers(header, request.Action));
    }
}

/// <summary>A MessageError to answer with, and the finding that explains it in the journal.</summary>
internal sealed record EbxmlRefusal(EbxmlError Error, Finding Finding);
