using System.Xml.Linq;

namespace SpineConformance.SecondClient.Acs;

/// <summary>
/// Reads View and Store from a Get or Has answer's assertions by local name. A function with no assertion is at its
/// default and is shown as "Ask" (ACS.md §6.2).
/// </summary>
internal static class PermissionsReader
{
    public static (string View, string Store) Read(XElement interaction)
    {
        var assertions = interaction.Descendants().Where(e => e.Name.LocalName is "accessControlAssertion" or "accessControlSet").ToList();
        return (Find(assertions, "View"), Find(assertions, "Store"));
    }

    private static string Find(IEnumerable<XElement> assertions, string function)
    {
        var assertion = assertions.FirstOrDefault(a => a.Descendants().Any(e => e.Name.LocalName == "code" && e.Parent?.Name.LocalName == "function" && e.Value.Trim() == function));
        var permission = assertion?.Elements().FirstOrDefault(e => e.Name.LocalName == "permission")?.Value.Trim();
        return permission is "Yes" or "No" ? permission : "Ask";
    }
}
