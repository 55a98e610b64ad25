using System.Xml.Linq;
using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Lr.LrChecks;
using static SpineConformance.Validation.Lr.LrNode;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// The patient rules Create LR and the status change share (LR.md §9.1, §9.2, §10.7): <c>recordTarget/patient/id</c> is
/// there and not empty, has the NHS number root, and is a valid NHS number. Each interaction names its own ids and source;
/// the length rule differs (Create allows up to 10 characters, the status change exactly 10), so each keeps its own.
/// </summary>
internal static class LrPatientRules
{
    public static MessageRule IdPresent(LrRuleFactory rules, string id) => rules.Rule(id, "ErrorBase1712.PATIENT_ID_EMPTY",
        "recordTarget/patient/id is there with a non-empty extension (the NHS number)",
        p => Present(PatientId(p), "the patient's NHS number").Concat(NonEmpty(PatientId(p), "NHS number")));

    public static MessageRule IdRoot(LrRuleFactory rules, string id) => rules.Rule(id, "ErrorBase1712.INVALID_OID",
        $"The patient id has the NHS number root {Hl7.Identifiers.NhsNumber.Oid}",
        p => PatientId(p).Exists ? LrChecks.IdRoot(PatientId(p), "NHS number", Nhs) : []);

    public static MessageRule NhsNumberValid(LrRuleFactory rules, string id, string source) => rules.Rule(id, "ErrorBase1712.MANDATORY_DATA_MISSING",
        "The patient id is a valid NHS number: 10 digits with a Modulus 11 check digit", p => NhsNumber(PatientId(p)), source);

    public static LrNode PatientId(XElement payload) => At(payload, "recordTarget", "patient", "id");
}
