using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;

namespace SpineConformance.Specs.Support;

/// <summary>The OIDs a supplier's message may put in an identifier slot, by name, so a failure can say which one it found.</summary>
public static class KnownOids
{
    /// <summary>HL7 UK's OID for ODS organisation codes, a common slip for the NHS number's.</summary>
    public const string OdsCode = "2.16.840.1.113883.2.1.3.2.4.19";

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [NhsNumber.Oid] = "the NHS number OID",
        [OdsCode] = "ODS organisation code",
        [LrIdentifiers.OdsOrganisationRoot] = "ODS organisation (SDS)",
        [Asid.Oid] = "ASID",
        [SdsUserId.Oid] = "SDS user id",
        [SdsRoleProfileId.Oid] = "SDS role profile id",
        [JobRoleCode.Oid] = "job role",
        [LrId.Oid] = "LR id",
    };

    /// <summary>The OID with its name when it is a known one: <c>2.16.840.1.113883.2.1.3.2.4.19 (ODS organisation code)</c>.</summary>
    public static string Describe(string? oid) =>
        oid is null ? "no root" : Names.TryGetValue(oid, out var name) ? $"{oid} ({name})" : oid;
}
