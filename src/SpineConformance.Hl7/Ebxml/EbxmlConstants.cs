namespace SpineConformance.Hl7.Ebxml;

/// <summary>The fixed values of Spine's ebXML messages (TRANSPORT.md §3).</summary>
public static class EbxmlConstants
{
    /// <summary>The <c>eb:type</c> of every Spine <c>eb:PartyId</c>: the value is an MHS party key.</summary>
    public const string NhsPartyType = "urn:nhs:names:partyType:ocs+serviceInstance";

    public const string ToPartyMshActor = "urn:oasis:names:tc:ebxml-msg:actor:toPartyMSH";

    public const string NextMshActor = "urn:oasis:names:tc:ebxml-msg:actor:nextMSH";

    /// <summary>The SOAP actor of <c>eb:SyncReply</c>.</summary>
    public const string SoapNextActor = "http://schemas.xmlsoap.org/soap/actor/next";

    public const string Version = "2.0";

    /// <summary>The ebMS service of signals (Acknowledgment and MessageError).</summary>
    public const string SignalService = "urn:oasis:names:tc:ebxml-msg:service";

    public const string AcknowledgmentAction = "Acknowledgment";

    public const string MessageErrorAction = "MessageError";

    public const string ErrorCodeContext = "urn:oasis:names:tc:ebxml-msg:service:errors";

    /// <summary>The Content-Id of the first MIME part, the SOAP envelope.</summary>
    public const string EnvelopeContentId = "ebXMLHeader@spine.nhs.uk";

    /// <summary>The boundary the MHS, SpineTools and the fake Spine all use; the delimiter line is <c>----=_MIME-Boundary</c>.</summary>
    public const string Boundary = "--=_MIME-Boundary";

    /// <summary>The schema the MHS names in the payload's manifest reference; Spine names the interaction's own XSD.</summary>
    public const string DefaultPayloadSchemaLocation = "http://www.nhsia.nhs.uk/schemas/HL7-Message.xsd";

    public const string DefaultPayloadSchemaVersion = "1.0";

    public const string DefaultPayloadDescription = "HL7 payload";

    /// <summary>What the MHS and SpineTools send for the envelope and the HL7 payload.</summary>
    public const string XmlContentType = "text/xml; charset=UTF-8";

    /// <summary>The Content-Id of the HL7 payload part: the ebXML MessageId at spine.nhs.uk.</summary>
    public static string PayloadContentId(string messageId) => $"{messageId}@spine.nhs.uk";
}
