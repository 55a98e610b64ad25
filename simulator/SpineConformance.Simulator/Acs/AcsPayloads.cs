using System.Xml.Linq;
using SpineConformance.Simulator.Sync;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Simulator.Acs;

/// <summary>Finds an ACS payload (directly under <c>ControlActEvent</c>, "amended for WSDL") by its local name.</summary>
internal static class AcsPayloads
{
    public static XElement? Of(SyncCall request, string localName) =>
        WrapperRules.Payloads(request.Message.ControlActEvent).FirstOrDefault(e => e.Name.LocalName == localName);
}
