using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using static SpineConformance.Testing.BrokenGetRequests;

namespace SpineConformance.Testing;

/// <summary>
/// One broken LR request per LR rule (LR.md §9), each a valid sample from <see cref="LrSampleRequests"/> with one thing
/// changed, and a few showing the shared wrapper rules on an ebXML-carried payload. <see cref="Breakage.SoapAction"/> is the
/// SOAPAction for a query and the ebXML <c>Service/Action</c> (joined by '/') for an async request.
/// </summary>
public static class BrokenLrRequests
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    public static IEnumerable<Breakage> All() =>
        Create().Concat(StatusChange()).Concat(Confirmation()).Concat(Details()).Concat(Batch()).Concat(SdsQueries())
            .Concat(Membership("LR-WG-ADD", LrInteractions.AddUserToWorkgroup, LrSampleRequests.AddToWorkgroup, LrPayloadXml.AddToWorkgroupRequest, "02"))
            .Concat(Membership("LR-WG-REMOVE", LrInteractions.RemoveUserFromWorkgroup, LrSampleRequests.RemoveFromWorkgroup, LrPayloadXml.RemoveFromWorkgroupRequest, "01"));

    private static IEnumerable<Breakage> Create()
    {
        Func<XDocument> user = LrSampleRequests.Create;
        Func<XDocument> workgroup = LrSampleRequests.CreateForWorkgroupBySystem;
        const string F = "ErrorBase1712.";
        XElement P(XDocument d) => Payload(d, "CreateRequest");
        XElement SubjectAgent(XDocument d) => P(d).Element(V3 + "subject")!.Elements().First();
        XElement AuthorAgent(XDocument d) => P(d).Element(V3 + "author")!.Elements().First();
        XElement Reason(XDocument d) => P(d).Element(V3 + "pertinentInformation")!.Element(V3 + "pertinentLRReason")!;
        XElement PatientId(XDocument d) => P(d).Descendants(V3 + "patient").Single().Element(V3 + "id")!;

        Breakage C(string id, string fault, string description, Action<XDocument> breakIt, Func<XDocument>? sample = null) =>
            Async(LrInteractions.RequestCreateLr, "LR-CREATE-" + id, fault, description, breakIt, sample ?? user);

        yield return C("PAYLOAD", F + "MANDATORY_DATA_MISSING", "the payload is an SCRequest", d => P(d).Name = V3 + "SCRequest");
        yield return C("CREATION-TIME", "ErrorBase1732.INVALID_CREATION_TIME", "a 10-character creationTime",
            d => Interaction(d).Element(V3 + "creationTime")!.SetAttributeValue("value", "2026112210"));
        yield return C("LR-TYPE", F + "LR_TYPE_EMPTY", "an LR type without a code", d => P(d).Element(V3 + "reasonCode")!.Attribute("code")!.Remove());
        yield return C("LR-TYPE-CODE-SYSTEM", F + "REASONCODE_OID", "the LR type coded from AccessReasonCode",
            d => P(d).Element(V3 + "reasonCode")!.SetAttributeValue("codeSystem", LrVocabulary.AccessReasonCode.CodeSystem));
        yield return C("LR-TYPE-LENGTH", F + "INVALID_LRTYPE", "LR type '004'", d => P(d).Element(V3 + "reasonCode")!.SetAttributeValue("code", "004"));
        yield return C("LR-TYPE-KNOWN", F + "INVALID_LRTYPE", "LR type '12'", d => P(d).Element(V3 + "reasonCode")!.SetAttributeValue("code", "12"));
        yield return C("LR-TYPE-NASP-ONLY", F + "INVALID_LRTYPE", "LR type 11, GP registration",
            d => P(d).Element(V3 + "reasonCode")!.SetAttributeValue("code", "11"), workgroup);
        yield return C("SUBJECT", F + "INVALID_SUBJECT_ELEMENT", "two users as subject", d => SubjectAgent(d).AddAfterSelf(new XElement(SubjectAgent(d))));
        yield return C("SUBJECT-OTHER-PERSON", F + "INVALID_SUBJECT_ELEMENT", "an OtherPerson beside the user",
            d => SubjectAgent(d).AddAfterSelf(new XElement(V3 + "OtherPerson", new XAttribute("classCode", "AGNT"),
                new XElement(V3 + "id", new XAttribute("root", "1.2.3"), new XAttribute("extension", "X1")))));
        yield return C("SUBJECT-URPID-MISSING", F + "INVALID_SUBJECT_URPID_MISSING", "the subject's role profile id with root 1.2.3",
            d => SubjectAgent(d).Element(V3 + "id")!.SetAttributeValue("root", "1.2.3"));
        yield return C("SUBJECT-URPID-EMPTY", F + "URPID_EMPTY", "the subject's role profile id empty",
            d => SubjectAgent(d).Element(V3 + "id")!.SetAttributeValue("extension", string.Empty));
        yield return C("SUBJECT-URPID-TOO-LONG", F + "URPID_TOO_LONG", "a 13-character subject role profile id",
            d => SubjectAgent(d).Element(V3 + "id")!.SetAttributeValue("extension", "1000000000110"));
        yield return C("SUBJECT-USER-ID-MISSING", F + "INVALID_SUBJECT_USER_ID_MISSING", "no SDS user id in the subject",
            d => SubjectAgent(d).Element(V3 + "agentPersonSDS")!.Element(V3 + "id")!.Remove());
        yield return C("SUBJECT-USER-ID-TOO-LONG", F + "USER_ID_TOO_LONG", "a 13-character subject SDS user id",
            d => SubjectAgent(d).Element(V3 + "agentPersonSDS")!.Element(V3 + "id")!.SetAttributeValue("extension", "1000000000120"));
        yield return C("SUBJECT-WORKGROUP-ID-MISSING", F + "INVALID_SUBJECT_WORKGROUP_ID_MISSING", "the workgroup id with the role profile root",
            d => WorkgroupId(SubjectAgent(d)).SetAttributeValue("root", "1.2.826.0.1285.0.2.0.67"), workgroup);
        yield return C("SUBJECT-WORKGROUP-ID-EMPTY", F + "WORKGROUP_ID_EMPTY", "an empty workgroup id",
            d => WorkgroupId(SubjectAgent(d)).SetAttributeValue("extension", string.Empty), workgroup);
        yield return C("SUBJECT-WORKGROUP-ID-TOO-LONG", F + "WORKGROUP_ID_TOO_LONG", "a 13-character workgroup id",
            d => WorkgroupId(SubjectAgent(d)).SetAttributeValue("extension", "WG00000000012"), workgroup);
        yield return C("SUBJECT-WORKGROUP-AGENT", F + "INVALID_SUBJECT_ELEMENT", "the workgroup agent's own id is 3 characters",
            d => SubjectAgent(d).AddFirst(new XElement(V3 + "id", new XAttribute("root", LrIdentifiers.RoleProfileRoot), new XAttribute("extension", "123"))), workgroup);
        yield return C("PATIENT-ID-EMPTY", F + "PATIENT_ID_EMPTY", "an empty NHS number", d => PatientId(d).SetAttributeValue("extension", string.Empty));
        yield return C("PATIENT-ID-ROOT", F + "INVALID_OID", "the patient id with an ODS root", d => PatientId(d).SetAttributeValue("root", "2.16.840.1.113883.2.1.4.3"));
        yield return C("PATIENT-ID-TOO-LONG", F + "PATIENT_ID_TOO_LONG", "an 11-digit NHS number", d => PatientId(d).SetAttributeValue("extension", "94347659190"));
        yield return C("NHS-NUMBER", F + "MANDATORY_DATA_MISSING", "an NHS number with a wrong check digit", d => PatientId(d).SetAttributeValue("extension", "9434765918"));
        yield return C("AUTHOR", F + "INVALID_AUTHOR_USER_SYSTEM_MISSING", "two users as author", d => AuthorAgent(d).AddAfterSelf(new XElement(AuthorAgent(d))));
        yield return C("AUTHOR-URPID-MISSING", F + "INVALID_AUTHOR_USER_URPID_MISSING", "no author role profile id", d => AuthorAgent(d).Element(V3 + "id")!.Remove());
        yield return C("AUTHOR-URPID-EMPTY", F + "INVALID_AUTHOR_USER_URPID_EMPTY", "an empty author role profile id",
            d => AuthorAgent(d).Element(V3 + "id")!.SetAttributeValue("extension", string.Empty));
        yield return C("AUTHOR-URPID-TOO-LONG", F + "INVALID_AUTHOR_USER_URPID_TOO_LONG", "a 13-character author role profile id",
            d => AuthorAgent(d).Element(V3 + "id")!.SetAttributeValue("extension", "1000000000010"));
        yield return C("AUTHOR-USER-ID-MISSING", F + "INVALID_AUTHOR_USER_ID_MISSING", "no author SDS user id",
            d => AuthorAgent(d).Element(V3 + "agentPersonSDS")!.Element(V3 + "id")!.Remove());
        yield return C("AUTHOR-USER-ID-EMPTY", F + "INVALID_AUTHOR_USER_ID_EMPTY", "an empty author SDS user id",
            d => AuthorAgent(d).Element(V3 + "agentPersonSDS")!.Element(V3 + "id")!.SetAttributeValue("extension", string.Empty));
        yield return C("AUTHOR-USER-ID-TOO-LONG", F + "INVALID_AUTHOR_USER_ID_TOO_LONG", "a 13-character author SDS user id",
            d => AuthorAgent(d).Element(V3 + "agentPersonSDS")!.Element(V3 + "id")!.SetAttributeValue("extension", "1000000000020"));
        yield return C("AUTHOR-WORKGROUP-ROOT", F + "INVALID_OID", "the author's workgroup with an ODS root",
            d => AuthorAgent(d).Element(V3 + "representedOrganization")!.Element(V3 + "id")!.SetAttributeValue("root", LrIdentifiers.OdsOrganisationRoot));
        yield return C("AUTHOR-SYSTEM-ID-MISSING", F + "INVALID_AUTHOR_SYSTEM_DEVID_MISSING", "the author system id with the SDS user root",
            d => AuthorAgent(d).Descendants(V3 + "id").Single().SetAttributeValue("root", LrIdentifiers.UserIdRoot), workgroup);
        yield return C("AUTHOR-SYSTEM-ID-EMPTY", F + "SYSTEM_ID_EMPTY", "an empty author ASID",
            d => AuthorAgent(d).Descendants(V3 + "id").Single().SetAttributeValue("extension", string.Empty), workgroup);
        yield return C("AUTHOR-SYSTEM-ID-TOO-LONG", F + "SYSTEM_ID_TOO_LONG", "a 13-digit author ASID",
            d => AuthorAgent(d).Descendants(V3 + "id").Single().SetAttributeValue("extension", "2000000001010"), workgroup);
        yield return C("GRANT-AUTHOR", F + "INVALID_AUTHOR_USER_URPID_MISSING", "a colleague grant (03) authored by a system",
            d => AuthorAgent(d).ReplaceWith(LrAgentXml.Write(LrAgent.Device.Of(SampleRequests.SenderAsid))), LrSampleRequests.CreateGranted);
        yield return C("EFFECTIVE-TIME", F + "INVALID_DATE_WITH_SUPP_INFO", "an expiry of 8 characters",
            d => P(d).Element(V3 + "effectiveTime")!.SetAttributeValue("value", "20271231"));
        yield return C("PERTINENT-REASON", F + "MANDATORY_DATA_MISSING", "two pertinentLRReasons", d => Reason(d).AddAfterSelf(new XElement(Reason(d))));
        yield return C("ACCESS-REASON-REQUIRED", F + "MANDATORY_DATA_MISSING", "express consent (04) without an access reason code",
            d => Reason(d).Element(V3 + "reasonCode")!.Remove());
        yield return C("ACCESS-REASON-CODE-SYSTEM", F + "REASONCODE_OID", "the access reason coded from LRType",
            d => Reason(d).Element(V3 + "reasonCode")!.SetAttributeValue("codeSystem", LrVocabulary.LrType.CodeSystem));
        yield return C("ACCESS-REASON-FOR-TYPE", F + "INVALID_FIELD_VALUE", "express consent (04) with reason 15, a colleague-grant reason",
            d => Reason(d).Element(V3 + "reasonCode")!.SetAttributeValue("code", "15"));
        yield return C("ACCESS-REASON-TEXT", F + "MANDATORY_DATA_MISSING", "access reason 06 Other without text", d => Reason(d).Element(V3 + "text")!.Remove());
        yield return C("ALERT-CODE", F + "INVALID_FIELD_VALUE", "alert code 'Yes' (the display name, not the code)",
            d => P(d).Descendants(V3 + "justifyingAlertRequest").Single().Element(V3 + "code")!.SetAttributeValue("code", "Yes"));
        yield return Async(LrInteractions.RequestCreateLr, "SYNC-WRAP-INTERACTION-ID", "ErrorBase1732.INCONSISTENT_HL7_INTERACTION_ID",
            "interactionId names the status change, unlike the ebXML Action",
            d => Interaction(d).Element(V3 + "interactionId")!.SetAttributeValue("extension", LrInteractions.RequestStatusChangeId), user);
    }

    private static IEnumerable<Breakage> StatusChange()
    {
        Func<XDocument> user = LrSampleRequests.StatusChange;
        const string F = "ErrorBase1712.";
        XElement P(XDocument d) => Payload(d, "SCRequest");
        XElement AuthorAgent(XDocument d) => P(d).Element(V3 + "author")!.Elements().First();
        XElement PatientId(XDocument d) => P(d).Descendants(V3 + "patient").Single().Element(V3 + "id")!;
        XElement LrId(XDocument d) => P(d).Descendants(V3 + "pertinentLR").Single().Element(V3 + "id")!;

        Breakage S(string id, string fault, string description, Action<XDocument> breakIt, Func<XDocument>? sample = null) =>
            Async(LrInteractions.RequestStatusChange, "LR-SC-" + id, fault, description, breakIt, sample ?? user);

        yield return S("PAYLOAD", F + "MANDATORY_DATA_MISSING", "the payload is a CreateRequest", d => P(d).Name = V3 + "CreateRequest");
        yield return S("REASON-CODE", F + "MANDATORY_DATA_MISSING", "a reason without a code", d => P(d).Element(V3 + "reasonCode")!.Attribute("code")!.Remove());
        yield return S("REASON-CODE-SYSTEM", F + "REASONCODE_OID", "the reason coded from LRType",
            d => P(d).Element(V3 + "reasonCode")!.SetAttributeValue("codeSystem", LrVocabulary.LrType.CodeSystem));
        yield return S("REASON-CODE-KNOWN", F + "INVALID_FIELD_VALUE", "reason '16'", d => P(d).Element(V3 + "reasonCode")!.SetAttributeValue("code", "16"));
        yield return S("PATIENT-ID-EMPTY", F + "PATIENT_ID_EMPTY", "an empty NHS number", d => PatientId(d).SetAttributeValue("extension", string.Empty));
        yield return S("PATIENT-ID-ROOT", F + "INVALID_OID", "the patient id with an ODS root", d => PatientId(d).SetAttributeValue("root", "2.16.840.1.113883.2.1.4.3"));
        yield return S("PATIENT-ID-LENGTH", F + "PATIENT_ID_TOO_LONG", "a 9-digit NHS number", d => PatientId(d).SetAttributeValue("extension", "943476591"));
        yield return S("NHS-NUMBER", F + "MANDATORY_DATA_MISSING", "an NHS number with a wrong check digit", d => PatientId(d).SetAttributeValue("extension", "9434765918"));
        yield return S("AUTHOR", F + "INVALID_AUTHOR_USER_SYSTEM_MISSING", "two users as author", d => AuthorAgent(d).AddAfterSelf(new XElement(AuthorAgent(d))));
        yield return S("AUTHOR-SYSTEM-ID", F + "INVALID_AUTHOR_SYSTEM_DEVID_MISSING", "the author system id with the SDS user root",
            d => AuthorAgent(d).Descendants(V3 + "id").Single().SetAttributeValue("root", LrIdentifiers.UserIdRoot), LrSampleRequests.StatusChangeBySystem);
        yield return S("AUTHOR-URPID", F + "INVALID_AUTHOR_USER_URPID_MISSING", "the author role profile id with the SDS user root",
            d => AuthorAgent(d).Element(V3 + "id")!.SetAttributeValue("root", LrIdentifiers.UserIdRoot));
        yield return S("AUTHOR-USER-ID", F + "INVALID_AUTHOR_USER_ID_MISSING", "no author SDS user id",
            d => AuthorAgent(d).Element(V3 + "agentPersonSDS")!.Element(V3 + "id")!.Remove());
        yield return S("AUTHOR-USER-ID-LENGTH", F + "INVALID_AUTHOR_USER_ID_TOO_LONG", "an 11-character author SDS user id",
            d => AuthorAgent(d).Element(V3 + "agentPersonSDS")!.Element(V3 + "id")!.SetAttributeValue("extension", "10000000001"));
        yield return S("LR-ID", F + "MANDATORY_DATA_MISSING", "the LR id with root 1.2.3", d => LrId(d).SetAttributeValue("root", "1.2.3"));
        yield return S("LR-ID-LENGTH", F + "INVALID_FIELD_VALUE", "a 21-character LR id", d => LrId(d).SetAttributeValue("extension", "LR0000000000000000001"));
        yield return Async(LrInteractions.RequestStatusChange, "SYNC-CACT-AUTHOR", "ErrorBase1732.CONTROL_ACT_AUTHOR_INVALID", "control act author without the job role",
            d => ControlActOf(d).Element(V3 + "author")!.Descendants(V3 + "part").Single().Remove(), user);
    }

    private static IEnumerable<Breakage> Confirmation()
    {
        Breakage Q(string id, string fault, string description, Action<XDocument> breakIt) =>
            Sync(LrInteractions.QueryConfirmationShort, "LR-CONFIRM-" + id, fault, description, breakIt, () => LrSampleRequests.Confirmation());

        foreach (var common in ParameterListBreakages(Q))
        {
            yield return common;
        }

        foreach (var patient in PatientBreakages(Q, d => Query(d).Element(V3 + "patient.id")!.Element(V3 + "value")!))
        {
            yield return patient;
        }

        yield return Q("WORKGROUP-CODE", "ErrorBase1733.MANDATORY_FIELD_MISSING", "a workgroupCode without extension",
            d => Query(d).Descendants(V3 + "workgroupCode").First().Element(V3 + "value")!.Attribute("extension")!.Remove());
        yield return Q("RESPONSE-TYPE", "ErrorBase1712.INVALID_FIELD_VALUE", "response type '03'",
            d => Query(d).Element(V3 + "response.Type")!.Element(V3 + "value")!.SetAttributeValue("code", "03"));
        yield return Q("SEMANTICS-TEXT", "ErrorBase1733.MANDATORY_FIELD_MISSING", "response.Type with an empty semanticsText",
            d => Query(d).Element(V3 + "response.Type")!.Element(V3 + "semanticsText")!.Value = string.Empty);
    }

    private static IEnumerable<Breakage> Details()
    {
        Breakage Q(string id, string fault, string description, Action<XDocument> breakIt) =>
            Sync(LrInteractions.QueryDetailsSimple, "LR-DETAILS-" + id, fault, description, breakIt, () => LrSampleRequests.Details());
        XElement Override(XDocument d) => Query(d).Element(V3 + "dissentOverride")!.Element(V3 + "value")!;

        yield return Q("PAYLOAD", "ErrorBase1732.CONTROL_ACT_QUERY_INVALID", "the parameters in queryByParameter", d => Query(d).Name = V3 + "queryByParameter");
        yield return Q("DISSENT-OVERRIDE", "ErrorBase1733.MANDATORY_FIELD_MISSING", "a dissent override without a code", d => Override(d).Attribute("code")!.Remove());
        yield return Q("DISSENT-OVERRIDE-CODE", "ErrorBase1712.INVALID_FIELD_VALUE", "dissent override '7'", d => Override(d).SetAttributeValue("code", "7"));
        yield return Q("DISSENT-OVERRIDE-TEXT", "ErrorBase1733.MANDATORY_FIELD_MISSING", "override 1 without originalText", d => Override(d).Element(V3 + "originalText")!.Remove());
        foreach (var patient in PatientBreakages(Q, d => Query(d).Element(V3 + "patient.id")!.Element(V3 + "value")!))
        {
            yield return patient;
        }

        yield return Q("RESPONSE-TYPE", "ErrorBase1712.INVALID_FIELD_VALUE", "the response type coded from ConfirmationRespType",
            d => Query(d).Element(V3 + "response.Type")!.Element(V3 + "value")!.SetAttributeValue("codeSystem", LrVocabulary.ConfirmationRespType.CodeSystem));
        yield return Q("SEMANTICS-TEXT", "ErrorBase1733.MANDATORY_FIELD_MISSING", "dissentOverride without semanticsText",
            d => Query(d).Element(V3 + "dissentOverride")!.Element(V3 + "semanticsText")!.Remove());
        yield return Q("TIME-PERIOD-LOW", "ErrorBase1733.MANDATORY_FIELD_MISSING", "a period with an end but no start",
            d => Query(d).Element(V3 + "time.Period")!.Element(V3 + "value")!.Element(V3 + "low")!.Remove());
    }

    private static IEnumerable<Breakage> Batch()
    {
        Breakage Q(string id, string fault, string description, Action<XDocument> breakIt) =>
            Sync(LrInteractions.QueryBatchConfirmation, "LR-BATCH-" + id, fault, description, breakIt, () => LrSampleRequests.Batch());

        foreach (var common in ParameterListBreakages(Q))
        {
            yield return common;
        }

        foreach (var patient in PatientBreakages(Q, d => Query(d).Elements(V3 + "patient.id").Last().Element(V3 + "value")!))
        {
            yield return patient;
        }

        yield return Q("WORKGROUP-CODE", "ErrorBase1733.MANDATORY_FIELD_MISSING", "a workgroupCode without a value",
            d => Query(d).Element(V3 + "parameterList")!.Add(new XElement(V3 + "workgroupCode", new XElement(V3 + "semanticsText", "workgroupCode"))));
        yield return Q("PATIENTS", "ErrorBase1733.MANDATORY_FIELD_MISSING", "no patients", d => Query(d).Elements(V3 + "patient.id").Remove());
        yield return Q("SEMANTICS-TEXT", "ErrorBase1733.MANDATORY_FIELD_MISSING", "the second patient without semanticsText",
            d => Query(d).Elements(V3 + "patient.id").Last().Element(V3 + "semanticsText")!.Remove());
    }

    private static IEnumerable<Breakage> SdsQueries()
    {
        Breakage U(string id, string fault, string description, Action<XDocument> breakIt) =>
            Sync(LrInteractions.IdentifyUserRoleProfiles, "LR-URP-QUERY-" + id, fault, description, breakIt, () => LrSampleRequests.UserRoleProfiles());
        Breakage W(string id, string fault, string description, Action<XDocument> breakIt) =>
            Sync(LrInteractions.WorkgroupMemberQuery, "LR-WG-QUERY-" + id, fault, description, breakIt, () => LrSampleRequests.WorkgroupMembers());
        XElement FirstWorkgroup(XDocument d) => Query(d).Element(V3 + "workgroupCode")!;

        yield return U("PAYLOAD", "ErrorBase1732.CONTROL_ACT_QUERY_INVALID", "the parameters in queryByParameter", d => Query(d).Name = V3 + "queryByParameter");
        yield return U("PARAMETER-LIST", "ErrorBase1733.MANDATORY_FIELD_MISSING", "no parameterList", d => Query(d).Element(V3 + "parameterList")!.Remove());
        yield return U("USER-ID", "ErrorBase1733.MANDATORY_FIELD_MISSING", "the user id with the role profile root",
            d => Query(d).Element(V3 + "userID")!.Element(V3 + "value")!.SetAttributeValue("root", LrIdentifiers.RoleProfileRoot));

        yield return W("VERSION-CODE", "ErrorBase1732.INVALID_VERSION_CODE", "versionCode V3NPfIT6.2.00, not in HL7StandardVersionCode",
            d => d.Descendants(V3 + "versionCode").Single().SetAttributeValue("code", "V3NPfIT6.2.00"));
        yield return W("PAYLOAD", "ErrorBase1732.CONTROL_ACT_QUERY_INVALID", "the parameters in queryByParameter", d => Query(d).Name = V3 + "queryByParameter");
        yield return W("LEGACY-QUERY", "ErrorBase1732.CONTROL_ACT_QUERY_INVALID", "the pre-v4.4 'Query' element", d => Query(d).Name = V3 + "Query");
        // The query keeps an element, so Spine's structural rule (a query with children) still holds and the LR rule decides.
        yield return W("WORKGROUP-CODE", "ErrorBase1733.MANDATORY_FIELD_MISSING", "no workgroupCode (a misspelt workgroupId instead)",
            d => Query(d).Elements(V3 + "workgroupCode").ToList().ForEach(e => e.Name = V3 + "workgroupId"));
        yield return W("WORKGROUP-ID-ROOT", "ErrorBase1712.INVALID_OID", "a workgroup id with the ODS root",
            d => FirstWorkgroup(d).Element(V3 + "value")!.SetAttributeValue("root", LrIdentifiers.OdsOrganisationRoot));
        yield return W("WORKGROUP-ID-EMPTY", "ErrorBase1712.WORKGROUP_ID_EMPTY", "an empty workgroup id",
            d => FirstWorkgroup(d).Element(V3 + "value")!.SetAttributeValue("extension", string.Empty));
        yield return W("SEMANTICS-TEXT", "ErrorBase1733.MANDATORY_FIELD_MISSING", "a workgroupCode without semanticsText",
            d => FirstWorkgroup(d).Element(V3 + "semanticsText")!.Remove());
    }

    private static IEnumerable<Breakage> Membership(string prefix, AsyncInteraction interaction, Func<XDocument> sample, string payloadName, string wrongCode)
    {
        const string F = "ErrorBase1712.";
        XElement P(XDocument d) => Payload(d, payloadName);
        XElement Member(XDocument d) => P(d).Element(V3 + "subject")!.Element(V3 + "agentPersonSDS")!;
        Breakage M(string id, string fault, string description, Action<XDocument> breakIt) =>
            Async(interaction, $"{prefix}-{id}", fault, description, breakIt, sample);

        yield return M("PAYLOAD", F + "MANDATORY_DATA_MISSING", "the payload is a CreateRequest", d => P(d).Name = V3 + "CreateRequest");
        yield return M("CODE", F + "INVALID_FIELD_VALUE", $"registration type {wrongCode}", d => P(d).Element(V3 + "code")!.SetAttributeValue("code", wrongCode));
        yield return M("MEMBER-URPID", F + "INVALID_SUBJECT_URPID_MISSING", "the member's role profile id with the SDS user root",
            d => Member(d).Element(V3 + "id")!.SetAttributeValue("root", LrIdentifiers.UserIdRoot));
        yield return M("MEMBER-USER-ID", F + "INVALID_SUBJECT_USER_ID_MISSING", "the member's SDS user id without extension",
            d => Member(d).Element(V3 + "agentPersonSDS")!.Element(V3 + "id")!.Attribute("extension")!.Remove());
        yield return M("WORKGROUP-ID", F + "INVALID_SUBJECT_WORKGROUP_ID_MISSING", "the target workgroup with the ODS root",
            d => WorkgroupId(Member(d).Element(V3 + "part")!.Element(V3 + "AgentOrgSDS")!).SetAttributeValue("root", LrIdentifiers.OdsOrganisationRoot));
        yield return M("WGMA-URPID", F + "INVALID_AUTHOR_USER_URPID_MISSING", "an empty administrator role profile id",
            d => P(d).Descendants(V3 + "originatingURP").Single().Element(V3 + "id")!.SetAttributeValue("extension", string.Empty));
        yield return M("IDENTIFIED-WORKGROUPS-ONLY", F + "INVALID_FIELD_VALUE", "identifiedWorkgroupsOnly 'yes'",
            d => P(d).Descendants(V3 + "identifiedWorkgroupsOnly").Single().Element(V3 + "value")!.SetAttributeValue("value", "yes"));
    }

    private static IEnumerable<Breakage> ParameterListBreakages(Func<string, string, string, Action<XDocument>, Breakage> q)
    {
        XElement Parameter(XDocument d, string name) => Query(d).Element(V3 + "parameterList")!.Element(V3 + name)!.Element(V3 + "value")!;

        yield return q("PAYLOAD", "ErrorBase1732.CONTROL_ACT_QUERY_INVALID", "the parameters in queryByParameter", d => Query(d).Name = V3 + "queryByParameter");
        yield return q("OTHER-PERSON", "ErrorBase1712.INVALID_SUBJECT_ELEMENT", "an otherPerson parameter",
            d => Query(d).AddFirst(new XElement(V3 + "otherPerson",
                new XElement(V3 + "value", new XAttribute("root", "1.2.3"), new XAttribute("extension", "X1")), new XElement(V3 + "semanticsText", "otherPerson"))));
        yield return q("USER-ID", "ErrorBase1733.MANDATORY_FIELD_MISSING", "the user id with the role profile root",
            d => Parameter(d, "userID").SetAttributeValue("root", LrIdentifiers.RoleProfileRoot));
        yield return q("URP-ID", "ErrorBase1733.MANDATORY_FIELD_MISSING", "the role profile id without extension",
            d => Parameter(d, "userRoleProfileID").Attribute("extension")!.Remove());
    }

    private static IEnumerable<Breakage> PatientBreakages(Func<string, string, string, Action<XDocument>, Breakage> q, Func<XDocument, XElement> patientId)
    {
        yield return q("PATIENT-ID", "ErrorBase1733.MANDATORY_FIELD_MISSING", "a patient id without extension", d => patientId(d).Attribute("extension")!.Remove());
        yield return q("PATIENT-ID-ROOT", "ErrorBase1712.INVALID_OID", "a patient id with an ODS root", d => patientId(d).SetAttributeValue("root", "2.16.840.1.113883.2.1.4.3"));
        yield return q("NHS-NUMBER", "ErrorBase1712.INVALID_FIELD_VALUE", "an NHS number with a wrong check digit", d => patientId(d).SetAttributeValue("extension", "9000000008"));
    }

    private static Breakage Async(AsyncInteraction interaction, string ruleId, string fault, string description, Action<XDocument> breakIt, Func<XDocument> sample) =>
        new(ruleId, fault, description, breakIt) { Sample = sample, SoapAction = interaction.SoapAction };

    private static Breakage Sync(SyncInteraction interaction, string ruleId, string fault, string description, Action<XDocument> breakIt, Func<XDocument> sample) =>
        new(ruleId, fault, description, breakIt) { Sample = sample, SoapAction = interaction.Action };

    /// <summary>The HL7 interaction element: under <c>SOAP-ENV:Body</c> for a query, the document root for an async payload.</summary>
    public static XElement Interaction(XDocument d) => SyncMessage.From(d)?.Interaction ?? d.Root!;

    private static XElement ControlActOf(XDocument d) => Interaction(d).Element(V3 + "ControlActEvent")!;

    private static XElement Query(XDocument d) => ControlActOf(d).Element(V3 + "query")!;

    private static XElement Payload(XDocument d, string name) => ControlActOf(d).Element(V3 + "subject")!.Element(V3 + name)!;

    private static XElement WorkgroupId(XElement agentOrg) => agentOrg.Element(V3 + "agentOrganizationSDS")!.Element(V3 + "id")!;
}
