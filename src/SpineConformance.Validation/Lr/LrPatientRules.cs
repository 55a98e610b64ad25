using System.Xml.Linq;
using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Lr.LrChecks;
using static SpineConformance.Validation.Lr.LrNode;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// The patient rules Create LR and the status change share (LR.md §9.1, §9.2, §10.7): <c>recordTarget/patient/id</c> is
/// there and not empty, has the NHS number root, is no longer than an NHS number, and is a valid one. Each interaction
/// names its own ids and sources. The length rule differs, and <see cref="Length"/> takes the difference: Create LR allows
/// up to <see cref="NhsNumberLength"/> characters (its fault says "too long"), the status change exactly that many.
/// </summary>
internal static class LrPatientRules
{
    /// <summary>An NHS number's length: ten digits.</summary>
    public const int NhsNumberLength = 10;

    public static MessageRule IdPresent(LrRuleFactory rules, string id) => rules.Rule(id, "ErrorBase1712.PATIENT_ID_EMPTY",
        "recordTarget/patient/id is there with a non-empty extension (the NHS number)",
        p => Present(PatientId(p), "the patient's NHS number").Concat(NonEmpty(PatientId(p), "NHS number")));

    public static MessageRule IdRoot(LrRuleFactory rules, string id) => rules.Rule(id, "ErrorBase1712.INVALID_OID",
        $"The patient id has the NHS number root {Hl7.Identifiers.NhsNumber.Oid}",
        p => PatientId(p).Exists ? LrChecks.IdRoot(PatientId(p), "NHS number", Nhs) : []);

    /// <summary>The patient id is at most <see cref="NhsNumberLength"/> characters, or with <paramref name="exactly"/> exactly that.</summary>
    public static MessageRule Length(LrRuleFactory rules, string id, bool exactly, string? source = null) => rules.Rule(id, "ErrorBase1712.PATIENT_ID_TOO_LONG",
        $"The patient id is {(exactly ? "exactly" : "at most")} {NhsNumberLength} characters",
        p => exactly ? ExactLength(PatientId(p), "NHS number", NhsNumberLength) : MaxLength(PatientId(p), "NHS number", NhsNumberLength),
        source);

    public static MessageRule NhsNumberValid(LrRuleFactory rules, string id, string source) => rules.Rule(id, "ErrorBase1712.MANDATORY_DATA_MISSING",
        $"The patient id is a valid NHS number: {NhsNumberLength} digits with a Modulus 11 check digit", p => NhsNumber(PatientId(p)), source);

    public static LrNode PatientId(XElement payload) => At(payload, "recordTarget", "patient", "id");
}
