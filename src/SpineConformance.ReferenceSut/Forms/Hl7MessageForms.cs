using System.Xml.Linq;
using SpineConformance.Hl7.Time;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.ReferenceSut.Forms;

/// <summary>
/// Rewrites an HL7 message (the interaction element, in a SOAP Body or an ebXML payload) into the switched-on alternative
/// forms of its wrapper: a creationTime with an offset, another listed versionCode. The builders make the first form.
/// </summary>
internal static class Hl7MessageForms
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    public static void Apply(FormSwitches forms, XElement? message)
    {
        if (message is null)
        {
            return;
        }

        // The builders write Europe/London local time to the second (14 characters); its offset names the same instant.
        if (forms.IsOn(FormCatalogue.CreationTimeWithOffset) && message.Element(V3 + "creationTime")?.Attribute("value") is { Value.Length: 14 } time
            && Hl7Timestamp.TryParseInstant(time.Value, out var instant))
        {
            time.Value = Hl7Timestamp.FormatWithOffset(instant);
        }

        if (forms.IsOn(FormCatalogue.VersionCode4200) && message.Element(V3 + "versionCode")?.Attribute("code") is { } version)
        {
            version.Value = Hl7Constants.VersionCode4200;
        }
    }
}
