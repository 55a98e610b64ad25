namespace SpineConformance.ReferenceSut.Defects;

/// <summary>
/// Every mistake the reference SUT can be switched to make (<c>ReferenceSut:Defects</c>), each a slip a supplier's developer
/// could plausibly ship. Message defects spoil what is sent just before it goes (<see cref="SoapRequestDefects"/>,
/// <see cref="EbxmlRequestDefects"/>, <see cref="Hl7MessageDefects"/>); behaviour defects are checked where the behaviour
/// lives. Ids are stable: a defect may be added with the next free number of its category, never renumbered or reused.
/// </summary>
public static class DefectCatalogue
{
    public static readonly Defect SyncSoapActionWithoutService = Transport("T01-SOAPACTION-NO-SERVICE",
        "Synchronous requests send the bare interaction id as the HTTP SOAPAction, without the service URN that wsa:Action carries");

    public static readonly Defect WsaToMissing = Transport("T02-WSA-TO-MISSING",
        "Synchronous requests leave wsa:To out of the SOAP header");

    public static readonly Defect WsaMessageIdWithoutPrefix = Transport("T03-WSA-MESSAGEID-NO-UUID-PREFIX",
        "wsa:MessageID is the bare GUID, without the 'uuid:' prefix (36 characters, not 41)");

    public static readonly Defect EbxmlMessageIdLowerCase = Transport("T04-EBXML-MESSAGEID-LOWER-CASE",
        "The ebXML MessageId is a lower-case GUID (.NET's default format), not upper case");

    public static readonly Defect EbxmlQueryService = Transport("T05-EBXML-SERVICE-QUERY",
        "Reliable LR requests name the synchronous query service (lrsquery, sdsquery) in eb:Service and SOAPAction instead of lrs or sds");

    public static readonly Defect EbxmlActionWithService = Transport("T06-EBXML-ACTION-WITH-SERVICE",
        "eb:Action carries the whole SOAPAction (service URN/interaction) instead of the interaction id alone");

    public static readonly Defect AckRequestedMissing = Transport("T07-EBXML-ACKREQUESTED-MISSING",
        "Reliable messages leave out eb:AckRequested");

    public static readonly Defect DuplicateEliminationMissing = Transport("T08-EBXML-DUPLICATE-ELIMINATION-MISSING",
        "Reliable messages leave out eb:DuplicateElimination");

    public static readonly Defect SyncReplyMissing = Transport("T09-EBXML-SYNCREPLY-MISSING",
        "Reliable messages leave out eb:SyncReply");

    public static readonly Defect EbxmlSoapActionWithoutService = Transport("T10-EBXML-SOAPACTION-NO-SERVICE",
        "ebXML messages send the bare interaction id as the HTTP SOAPAction, not eb:Service/eb:Action");

    public static readonly Defect EbxmlToOwnParty = Transport("T11-EBXML-TO-OWN-PARTY",
        "eb:To names the system's own party key (From copied into To) instead of Spine's");

    public static readonly Defect CpaIdEmpty = Transport("T12-EBXML-CPAID-EMPTY",
        "eb:CPAId is sent empty: the CPA id was never looked up");

    public static readonly Defect WsaMessageIdReused = Transport("T13-WSA-MESSAGEID-REUSED",
        "wsa:MessageID is generated once and reused for every later synchronous request");

    public static readonly Defect AsidsHeaderBodyDiffer = Wrapper("W01-ASIDS-HEADER-BODY-DIFFER",
        "The SOAP header's communicationFunctionSnd carries a stale ASID from another setting, so header and body ASIDs differ");

    public static readonly Defect Author1Missing = Wrapper("W02-AUTHOR1-MISSING",
        "ControlActEvent leaves out author1, the sending system's ASID");

    public static readonly Defect AuthorIdRootsSwapped = Wrapper("W03-AUTHOR-ID-ROOTS-SWAPPED",
        "The author's role profile id and SDS user id carry each other's OID roots (.0.65 and .0.67)");

    public static readonly Defect DeviceRootOds = Wrapper("W04-DEVICE-ROOT-ODS",
        "The SOAP header's communicationFunctionRcv/Snd device ids carry the ODS organisation OID instead of the ASID OID");

    public static readonly Defect HasInteractionIdOfGet = Wrapper("W05-HAS-INTERACTION-ID-OF-GET",
        "Has Resource Permissions carries Get's interactionId, copied from the Get builder");

    public static readonly Defect Hl7IdLowerCase = Wrapper("W06-HL7-ID-LOWER-CASE",
        "The transmission wrapper's id (the HL7 message id) is a lower-case GUID");

    public static readonly Defect CreationTimeIso8601 = Wrapper("W07-CREATION-TIME-ISO-8601",
        "creationTime is written in ISO 8601 (2025-06-01T13:30:00) instead of HL7's yyyyMMddHHmmss");

    public static readonly Defect AsidsSwapped = Wrapper("W08-ASIDS-SWAPPED",
        "Spine's ASID and the system's are swapped in communicationFunctionRcv and Snd, header and body alike");

    public static readonly Defect AuthorMissing = Wrapper("W09-AUTHOR-MISSING",
        "ControlActEvent leaves out author, the user the request is made for");

    public static readonly Defect CreationTimeAtStartUp = Wrapper("W10-CREATION-TIME-AT-START-UP",
        "creationTime is computed once, for the first message, and reused for every later message");

    public static readonly Defect AuthorCached = Wrapper("W11-AUTHOR-CACHED",
        "The author of the first request (role profile, user, job role) is cached and sent on every later request, whoever acts");

    public static readonly Defect ResourceIdFormatted = Payload("P01-RESOURCE-ID-FORMATTED",
        "Set's resource Id is the NHS number as the patient banner shows it ('943 476 5919'), not the NHS number itself");

    public static readonly Defect StoreAlwaysYes = Payload("P02-STORE-ALWAYS-YES",
        "Set's Store assertion always says Yes whatever the decision, so View and Store differ for dissent and 'ask'");

    public static readonly Defect AskInsteadOfClear = Payload("P03-ASK-NOT-CLEAR",
        "'Ask for consent' is sent as permission Ask (the 2008-2014 schema's value) instead of Clear");

    public static readonly Defect DecisionInverted = Payload("P04-DECISION-INVERTED",
        "Express consent and express dissent are swapped: consent is sent as No, dissent as Yes");

    public static readonly Defect NhsNumberCheckDigit = Payload("P05-NHS-NUMBER-CHECK-DIGIT",
        "NHS numbers are re-keyed with the check digit taken as the Modulus 11 remainder (not 11 minus it), so most go with a bad check digit");

    public static readonly Defect LrTypeCodeSystem = Payload("P06-LR-TYPE-CODE-SYSTEM",
        "Create LR's type (reasonCode) carries the SCReasonCode code system instead of LRType's");

    public static readonly Defect HasViewOnly = Payload("P07-HAS-VIEW-ONLY",
        "Has asks about View only, so Store is never asked and is shown as Ask");

    public static readonly Defect FunctionContextLowerCase = Payload("P08-FUNCTION-CONTEXT-LOWER-CASE",
        "ACS function/context is sent as 'consent' in lower case instead of 'Consent'");

    public static readonly Defect ResourceContextOdsOid = Payload("P09-RESOURCE-CONTEXT-ODS-OID",
        "ACS resourceContext carries the ODS organisation OID (2.16.840.1.113883.2.1.3.2.4.19) as its root instead of the NHS number OID");

    public static readonly Defect LrPatientIdOdsOid = Payload("P10-LR-PATIENT-ID-ODS-OID",
        "LR messages' patient id carries the ODS organisation OID (2.16.840.1.113883.2.1.3.2.4.19) as its root instead of the NHS number OID");

    public static readonly Defect SelfClaimWithoutAlertRequest = Payload("P11-SELF-CLAIM-NO-ALERT-REQUEST",
        "A self-claimed LR (type 08) is sent without its alert request (reason/justifyingAlertRequest)");

    public static readonly Defect SetErrorShownAsRecorded = Behaviour("B01-SET-AE-SHOWN-AS-RECORDED",
        "An MCCI AE answering Set is shown to the clinician as 'recorded'");

    public static readonly Defect GetErrorShownAsAsk = Behaviour("B02-GET-AE-SHOWN-AS-ASK",
        "An MCCI AE answering Get is shown as View and Store 'Ask', as if Spine held no decision");

    public static readonly Defect FaultShownAsAsk = Behaviour("B03-FAULT-SHOWN-AS-ASK",
        "A SOAP fault answering Get or Has is shown as View and Store 'Ask', as if Spine held no decision");

    public static readonly Defect NoRbacBeforeSet = Behaviour("B04-NO-RBAC-BEFORE-SET",
        "Set is sent without checking that the user's job role may change sharing permissions");

    public static readonly Defect NoRbacBeforeView = Behaviour("B05-NO-RBAC-BEFORE-VIEW",
        "Get and Has are sent without checking that the user's job role may view sharing permissions");

    public static readonly Defect NoRbacBeforeLr = Behaviour("B06-NO-RBAC-BEFORE-LR",
        "LR create and status change are sent without checking that the user's job role may manage legitimate relationships");

    public static readonly Defect LrErrorShownAsSuccess = Behaviour("B07-LR-AE-SHOWN-AS-SUCCESS",
        "An MCCI AE reply to an LR request is shown as success (created, status changed, added or removed)");

    public static readonly Defect ReplyNeverAcknowledged = Behaviour("B08-REPLY-NEVER-ACKNOWLEDGED",
        "The MHS answers Spine's reliable replies with HTTP 202 and no ebXML Acknowledgment");

    public static readonly Defect RedeliveredReplyProcessedAgain = Behaviour("B09-REDELIVERED-REPLY-PROCESSED-AGAIN",
        "The MHS has no duplicate elimination: a redelivered reply is processed again as if it were new");

    public static readonly Defect RetryAfterMessageError = Behaviour("B10-RETRY-AFTER-MESSAGEERROR",
        "The MHS resends its message after an ebXML MessageError, as if it were a retriable fault");

    public static readonly Defect NoRetryAfterRetriableFault = Behaviour("B11-NO-RETRY-AFTER-RETRIABLE-FAULT",
        "The MHS gives up at once after a retriable SOAP fault (200, 206, 208) instead of resending");

    public static readonly Defect AckRefToRequest = Behaviour("B12-ACK-REFTOMESSAGEID-OF-REQUEST",
        "The acknowledgement's RefToMessageId names the system's own request (the reply's RefToMessageId), not the reply");

    public static readonly Defect AckNewConversation = Behaviour("B13-ACK-NEW-CONVERSATIONID",
        "The acknowledgement starts a new ConversationId instead of keeping the reply's");

    public static readonly Defect ReplyToOldestPending = Behaviour("B14-REPLY-TO-OLDEST-PENDING",
        "An LR reply is applied to the oldest request still waiting for one (first in, first out), not to the request its RefToMessageId names");

    public static readonly Defect FirstReasonOnly = Behaviour("B15-FIRST-REASON-ONLY",
        "An MCCI AE answering Get, Has or Set is shown with its first reason only; Spine's later, more specific reasons are dropped");

    public static readonly Defect HiddenHttpResend = Behaviour("B16-HIDDEN-HTTP-RESEND",
        "An HTTP retry policy under the MHS resends a reliable message once when Spine's answer is not 202 Accepted, unknown to the MHS and its log");

    /// <summary>Every defect, in id order.</summary>
    public static IReadOnlyList<Defect> All { get; } =
    [
        SyncSoapActionWithoutService, WsaToMissing, WsaMessageIdWithoutPrefix, EbxmlMessageIdLowerCase, EbxmlQueryService,
        EbxmlActionWithService, AckRequestedMissing, DuplicateEliminationMissing, SyncReplyMissing, EbxmlSoapActionWithoutService,
        EbxmlToOwnParty, CpaIdEmpty, WsaMessageIdReused,
        AsidsHeaderBodyDiffer, Author1Missing, AuthorIdRootsSwapped, DeviceRootOds, HasInteractionIdOfGet, Hl7IdLowerCase,
        CreationTimeIso8601, AsidsSwapped, AuthorMissing, CreationTimeAtStartUp, AuthorCached,
        ResourceIdFormatted, StoreAlwaysYes, AskInsteadOfClear, DecisionInverted, NhsNumberCheckDigit, LrTypeCodeSystem, HasViewOnly,
        FunctionContextLowerCase, ResourceContextOdsOid, LrPatientIdOdsOid, SelfClaimWithoutAlertRequest,
        SetErrorShownAsRecorded, GetErrorShownAsAsk, FaultShownAsAsk, NoRbacBeforeSet, NoRbacBeforeView, NoRbacBeforeLr,
        LrErrorShownAsSuccess, ReplyNeverAcknowledged, RedeliveredReplyProcessedAgain, RetryAfterMessageError,
        NoRetryAfterRetriableFault, AckRefToRequest, AckNewConversation, ReplyToOldestPending, FirstReasonOnly, HiddenHttpResend,
    ];

    /// <summary>Every id, comma-separated, for a message that must say which ids would have been accepted.</summary>
    public static string IdList() => string.Join(", ", All.Select(d => d.Id));

    /// <summary>The defect with this id (ignoring case), or <see langword="null"/> when there is none.</summary>
    public static Defect? Find(string? id) => All.FirstOrDefault(d => string.Equals(d.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static Defect Transport(string id, string description) => new(id, DefectCategory.Transport, description);

    private static Defect Wrapper(string id, string description) => new(id, DefectCategory.Wrapper, description);

    private static Defect Payload(string id, string description) => new(id, DefectCategory.Payload, description);

    private static Defect Behaviour(string id, string description) => new(id, DefectCategory.Behaviour, description);
}
