namespace SpineConformance.Validation.Tests.Comparison;

/// <summary>Small hand-made templates, each showing one comparison behaviour.</summary>
internal static class ComparisonTemplates
{
    public const string Markup = "urn:spineconformance:expected-message";

    public static readonly Dictionary<string, string> Patient = new() { ["nhsNumber"] = "9434765919" };

    public const string Simple = """
        <msg xmlns="urn:hl7-org:v3">
          <id root="${spine.uuid}"/>
          <creationTime value="${spine.hl7Timestamp}"/>
          <patient><id root="2.16.840.1.113883.2.1.4.1" extension="${nhsNumber}"/></patient>
          <note>${xmlunit.ignore}</note>
        </msg>
        """;

    public static byte[] Bytes(string xml) => System.Text.Encoding.UTF8.GetBytes(xml);
}
