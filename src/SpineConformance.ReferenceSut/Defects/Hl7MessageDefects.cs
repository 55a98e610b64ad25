using System.Globalization;
using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.ReferenceSut.Defects;

/// <summary>
/// Spoils an HL7 message the way the switched-on wrapper and payload defects say, whichever transport carries it: the
/// interaction element in a SOAP Body or the HL7 payload of an ebXML message. Each spoiler edits the XML in place and does
/// nothing to a message it does not concern, so one table serves every interaction.
/// </summary>
internal static class Hl7MessageDefects
{
    private const string Yes = nameof(AcsPermission.Yes);
    private const string No = nameof(AcsPermission.No);

    /// <summary>The HL7 UK OID of ODS organisation codes: a real OID, in the wrong slot.</summary>
    public const string OdsCodeOid = "2.16.840.1.113883.2.1.3.2.4.19";

    private static readonly XNamespace V3 = SpineNamespaces.Hl7;
    private static readonly XNamespace Crs = SpineNamespaces.Crs;

    private static readonly (Defect Defect, Action<XElement> Spoil)[] Spoilers =
    [
        (DefectCatalogue.Author1Missing, m => ControlAct(m)?.Elements(V3 + "author1").Remove()),
        (DefectCatalogue.AuthorIdRootsSwapped, SwapAuthorIdRoots),
        (DefectCatalogue.HasInteractionIdOfGet, m =>
        {
            if (m.Name.LocalName == AcsInteractions.Has.InteractionId)
            {
                m.Element(V3 + "interactionId")?.SetAttributeValue("extension", AcsInteractions.Get.InteractionId);
            }
        }),
        (DefectCatalogue.Hl7IdLowerCase, m => Update(m.Element(V3 + "id")?.Attribute("root"), v => v.ToLowerInvariant())),
        (DefectCatalogue.CreationTimeIso8601, m => Update(m.Element(V3 + "creationTime")?.Attribute("value"), Iso8601)),
        (DefectCatalogue.AsidsSwapped, m => SwapAsids(m)),
        (DefectCatalogue.AuthorMissing, m => ControlAct(m)?.Elements(V3 + "author").Remove()),
        (DefectCatalogue.ResourceIdFormatted, m =>
        {
            foreach (var id in Assertions(m).Select(a => ByLocalName.Child(ByLocalName.Child(a, "resource"), "Id")).OfType<XElement>())
            {
                id.Value = BannerFormat(id.Value);
            }
        }),
        (DefectCatalogue.StoreAlwaysYes, m =>
        {
            foreach (var store in Assertions(m).Where(a => FunctionCode(a) == AcsVocabulary.FunctionStore))
            {
                ByLocalName.Child(store, "permission")?.SetValue(Yes);
            }
        }),
        (DefectCatalogue.AskInsteadOfClear, m => EachPermission(m, p => p == nameof(AcsPermission.Clear) ? nameof(AcsPermission.Ask) : p)),
        (DefectCatalogue.DecisionInverted, m => EachPermission(m, p => p == Yes ? No : p == No ? Yes : p)),
        (DefectCatalogue.NhsNumberCheckDigit, RekeyNhsNumbers),
        (DefectCatalogue.LrTypeCodeSystem, m => m.Descendants(V3 + "CreateRequest").Elements(V3 + "reasonCode")
            .ToList().ForEach(code => code.SetAttributeValue("codeSystem", LrVocabulary.SCReasonCode.CodeSystem))),
        (DefectCatalogue.HasViewOnly, m => m.Descendants(Crs + "accessControlSet").Where(s => FunctionCode(s) == AcsVocabulary.FunctionStore).Remove()),
        (DefectCatalogue.FunctionContextLowerCase, m =>
        {
            foreach (var context in m.Descendants(Crs + "function").Elements(Crs + "context").Where(c => c.Value == AcsVocabulary.ContextConsent))
            {
                context.Value = "consent";
            }
        }),
        (DefectCatalogue.ResourceContextOdsOid, m => m.Descendants(Crs + "resourceContext").ToList().ForEach(c => c.SetAttributeValue("root", OdsCodeOid))),
        (DefectCatalogue.LrPatientIdOdsOid, m =>
        {
            // LR messages only (ACS has its own slot, P09): every patient id, in queries' parameter lists and requests' recordTarget.
            if (m.Name.Namespace == V3 && (m.Name.LocalName.StartsWith("REPC_", StringComparison.Ordinal) || m.Name.LocalName.StartsWith("QUPC_", StringComparison.Ordinal)))
            {
                m.Descendants().Attributes("root").Where(r => r.Value == NhsNumber.Oid).ToList().ForEach(r => r.Value = OdsCodeOid);
            }
        }),
        (DefectCatalogue.SelfClaimWithoutAlertRequest, m => m.Descendants(V3 + "CreateRequest")
            .Where(r => r.Element(V3 + "reasonCode")?.Attribute("code")?.Value == "08")
            .Elements(V3 + "reason").Remove()),
    ];

    // Defects that remember what the first message carried and repeat it: the stale and cached values of a client that
    // computes them once.
    private static readonly (Defect Defect, Action<XElement, DefectMemory> Spoil)[] RememberingSpoilers =
    [
        (DefectCatalogue.CreationTimeAtStartUp, (m, memory) => Update(m.Element(V3 + "creationTime")?.Attribute("value"), v => memory.FirstOf(DefectMemory.CreationTime, v))),
        (DefectCatalogue.AuthorCached, (m, memory) =>
        {
            foreach (var id in m.Descendants(V3 + "author").Descendants(V3 + "id"))
            {
                var slot = id.Attribute("root")?.Value switch
                {
                    SdsRoleProfileId.Oid => DefectMemory.AuthorRoleProfile,
                    SdsUserId.Oid => DefectMemory.AuthorUser,
                    JobRoleCode.Oid => DefectMemory.AuthorJobRole,
                    _ => null,
                };
                if (slot is not null)
                {
                    Update(id.Attribute("extension"), v => memory.FirstOf(slot, v));
                }
            }
        }),
    ];

    /// <summary>Applies the switched-on defects to <paramref name="message"/>, the HL7 interaction element, in catalogue order.</summary>
    public static void Apply(DefectSwitches defects, XElement? message, DefectMemory? memory = null)
    {
        if (message is null)
        {
            return;
        }

        foreach (var (defect, spoil) in Spoilers.Where(s => defects.IsOn(s.Defect)))
        {
            spoil(message);
        }

        var remembered = memory ?? new DefectMemory();
        foreach (var (defect, spoil) in RememberingSpoilers.Where(s => defects.IsOn(s.Defect)))
        {
            spoil(message, remembered);
        }
    }

    /// <summary>Swaps the ASIDs of communicationFunctionRcv and Snd under <paramref name="parent"/> (a SOAP header or an HL7 message).</summary>
    public static void SwapAsids(XElement parent)
    {
        var receiver = DeviceId(parent, "communicationFunctionRcv");
        var sender = DeviceId(parent, "communicationFunctionSnd");
        if (receiver?.Attribute("extension") is { } rcv && sender?.Attribute("extension") is { } snd)
        {
            (rcv.Value, snd.Value) = (snd.Value, rcv.Value);
        }
    }

    public static XElement? DeviceId(XElement parent, string function) =>
        parent.Element(V3 + function)?.Element(V3 + "device")?.Element(V3 + "id");

    private static XElement? ControlAct(XElement message) => message.Element(V3 + "ControlActEvent");

    private static void SwapAuthorIdRoots(XElement message)
    {
        var agent = ControlAct(message)?.Element(V3 + "author")?.Element(V3 + "AgentPersonSDS");
        var roleProfile = agent?.Element(V3 + "id")?.Attribute("root");
        var user = agent?.Element(V3 + "agentPersonSDS")?.Element(V3 + "id")?.Attribute("root");
        if (roleProfile is not null && user is not null)
        {
            (roleProfile.Value, user.Value) = (user.Value, roleProfile.Value);
        }
    }

    private static IEnumerable<XElement> Assertions(XElement message) => message.Descendants(Crs + "accessControlAssertion");

    private static string? FunctionCode(XElement assertionOrSet) => ByLocalName.Child(ByLocalName.Child(assertionOrSet, "function"), "code")?.Value;

    private static void EachPermission(XElement message, Func<string, string> change)
    {
        foreach (var permission in Assertions(message).Select(a => ByLocalName.Child(a, "permission")).OfType<XElement>())
        {
            permission.Value = change(permission.Value);
        }
    }

    private static void Update(XAttribute? attribute, Func<string, string> change)
    {
        if (attribute is not null)
        {
            attribute.Value = change(attribute.Value);
        }
    }

    // What a developer gets from DateTime's round-trip format: right instant, wrong notation for an HL7 TS.
    private static string Iso8601(string hl7) =>
        DateTime.TryParseExact(hl7, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)
            : hl7;

    private static string BannerFormat(string nhsNumber) =>
        nhsNumber.Length == 10 ? $"{nhsNumber[..3]} {nhsNumber[3..6]} {nhsNumber[6..]}" : nhsNumber;

    // Every NHS number in the message (an id with the NHS number root), and every text equal to one (ACS resource Ids),
    // gets the badly re-keyed number, so the message stays self-consistent and only the check digit is wrong.
    private static void RekeyNhsNumbers(XElement message)
    {
        var rekeyed = message.DescendantsAndSelf().Attributes("root").Where(r => r.Value == NhsNumber.Oid)
            .Select(r => r.Parent!.Attribute("extension")?.Value).OfType<string>().Distinct()
            .ToDictionary(n => n, RemainderCheckDigit, StringComparer.Ordinal);
        foreach (var attribute in message.DescendantsAndSelf().Attributes().Where(a => rekeyed.ContainsKey(a.Value)))
        {
            attribute.Value = rekeyed[attribute.Value];
        }

        foreach (var text in message.DescendantNodes().OfType<XText>().Where(t => rekeyed.ContainsKey(t.Value)))
        {
            text.Value = rekeyed[text.Value];
        }
    }

    /// <summary>The classic slip in Modulus 11: the remainder itself used as the check digit, instead of 11 minus it.</summary>
    private static string RemainderCheckDigit(string nhsNumber)
    {
        if (nhsNumber.Length != 10 || !nhsNumber.All(char.IsAsciiDigit))
        {
            return nhsNumber;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (nhsNumber[i] - '0') * (10 - i);
        }

        return nhsNumber[..9] + (sum % 11 % 10).ToString(CultureInfo.InvariantCulture);
    }
}
