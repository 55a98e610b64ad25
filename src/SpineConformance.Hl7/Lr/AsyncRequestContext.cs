using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// What a client decides about one asynchronous request besides its payload: the HL7 id and time, the ASIDs and the user.
/// The ebXML envelope (conversation id, party ids, reliability) is the transport's business, so it is not here.
/// Text-valued so a test can build the mistakes it wants to catch.
/// </summary>
public sealed record AsyncRequestContext(string Hl7MessageId, string CreationTime, string SpineAsid, string SenderAsid, AuthorPerson? Author)
{
    /// <summary>The <c>versionCode</c> sent. The default value is <c>V3NPfIT3.0</c>.</summary>
    public string VersionCode { get; init; } = Hl7Constants.VersionCode30;

    /// <summary>The ASIDs in <c>author1</c>; the default value is the sender ASID alone.</summary>
    public IReadOnlyList<string>? Author1Asids { get; init; }

    /// <summary>Overrides the <c>interactionId/@extension</c>; by default it is the root element's name.</summary>
    public string? InteractionIdOverride { get; init; }

    /// <summary>The HL7 parts of a synchronous request's context, for a test that drives both patterns from one set of values.</summary>
    public static AsyncRequestContext From(OutgoingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new AsyncRequestContext(request.Hl7MessageId, request.CreationTime, request.SpineAsid, request.SenderAsid, request.Author)
        {
            VersionCode = request.VersionCode,
            Author1Asids = request.Author1Asids,
            InteractionIdOverride = request.InteractionIdOverride,
        };
    }
}
