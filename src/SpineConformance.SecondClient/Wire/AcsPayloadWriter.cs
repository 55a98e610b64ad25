using System.Xml.Linq;
using static SpineConformance.SecondClient.Wire.WireNames;

namespace SpineConformance.SecondClient.Wire;

/// <summary>The ACS payloads (ACS.md §5–7), placed directly under ControlActEvent, in the crs namespace.</summary>
internal static class AcsPayloadWriter
{
    private static readonly string[] BothFunctions = ["View", "Store"];

    public static XElement Get(string nhsNumber) =>
        new(Crs + "getResourcePermissionsRequest",
            new XElement(Crs + "accessControlQuery",
                ResourceContext(nhsNumber),
                new XElement(Crs + "queryCriteria",
                    new XElement(Crs + "function", new XElement(Crs + "context", "Consent")),
                    Resource(nhsNumber))));

    public static XElement Has(string nhsNumber) =>
        new(Crs + "hasResourcePermissionsRequest",
            new XElement(Crs + "accessControlQuery",
                ResourceContext(nhsNumber),
                BothFunctions.Select(function => new XElement(Crs + "accessControlSet",
                    Resource(nhsNumber), Function(function), Everyone()))));

    /// <summary>One assertion per function the decision changes; View and Store carry the same permission when both go.</summary>
    public static XElement Set(string nhsNumber, string permission, IEnumerable<string> functions) =>
        new(Crs + "setResourcePermissionsRequest",
            new XElement(Crs + "permissions",
                ResourceContext(nhsNumber),
                functions.Select(function => new XElement(Crs + "accessControlAssertion",
                    new XElement(Crs + "permission", permission),
                    Resource(nhsNumber),
                    Function(function),
                    Everyone()))));

    private static XElement ResourceContext(string nhsNumber) =>
        new(Crs + "resourceContext", new XAttribute("root", NhsNumberOid), new XAttribute("extension", nhsNumber));

    private static XElement Resource(string nhsNumber) => new(Crs + "resource", new XElement(Crs + "type", "SCR"), new XElement(Crs + "Id", nhsNumber));

    private static XElement Function(string code) => new(Crs + "function", new XElement(Crs + "context", "Consent"), new XElement(Crs + "code", code));

    private static XElement Everyone() =>
        new(Crs + "accessor", new XElement(Crs + "type", "Everyone"), new XElement(Crs + "accessorId", new XElement(Crs + "name", "Everyone")));
}
