using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.Hl7.Lr;

/// <summary>What Spine knows when it answers an asynchronous request: its new HL7 id and time, and the request it answers.</summary>
public sealed record AsyncResponseContext(string Hl7MessageId, string CreationTime, string RequestHl7MessageId, string RequesterAsid, string SpineAsid)
{
    /// <summary>
    /// The <c>versionCode</c> of the response. The default value is <c>V3NPfIT4.2.00</c>: Spine 2's LR templates send
    /// <c>V3NPfIT6.2.00</c>, which the MIM 7.2.02 version list does not hold (LR.md §15.1), so we send a listed value.
    /// </summary>
    public string VersionCode { get; init; } = LrMessages.ResponseVersionCode;

    public static AsyncResponseContext From(ResponseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new AsyncResponseContext(context.Hl7MessageId, context.CreationTime, context.RequestHl7MessageId, context.RequesterAsid, context.SpineAsid);
    }

    internal Acknowledgement Acknowledgement(AcknowledgementType type) => new(type, RequestHl7MessageId);
}
