using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;
using SpineConformance.Validation.Comparison;

namespace SpineConformance.Validation.Tests.Comparison;

/// <summary>The report shown in README.md, "Comparing messages", is what the comparison really prints.</summary>
public sealed class ReadmeExampleTests
{
    private const string Documented = """
        The message differs from the expected GET_RESOURCE_PERMISSIONS_INUK01, form 'default': 2 differences.

        1. Text differs
           at       /SOAP-ENV:Envelope[1]/SOAP-ENV:Header[1]/wsa:MessageID[1]/text()[1]
           expected "uuid:${spine.uuid}"
           actual   "5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10"

        2. Missing element
           at       /SOAP-ENV:Envelope[1]/SOAP-ENV:Body[1]/hl7:GET_RESOURCE_PERMISSIONS_INUK01[1]/hl7:ControlActEvent[1]/hl7:author[1]
           expected <author> in urn:hl7-org:v3
           actual   (absent)
        """;

    [Test]
    public void ToReport_GetWithoutUuidPrefixOrUser_ReadsAsTheReadmeShows()
    {
        var message = SampleRequests.Get(LrSampleRequests.NhsNumber);
        message.Descendants(SpineNamespaces.Wsa + "MessageID").Single().Value = "5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10";
        message.Descendants(SpineNamespaces.Hl7 + "author").Single().Remove();
        var expected = ExpectedMessages.Load(Path.Combine(AppContext.BaseDirectory, "expected")).For("GET_RESOURCE_PERMISSIONS_INUK01");

        var report = MessageComparison.Compare(expected, message, TemplateMessages.Variables).ToReport();

        Assert.That(report.ReplaceLineEndings(), Is.EqualTo(Documented.ReplaceLineEndings()));
    }

    [Test]
    public void Readme_ComparingMessages_ShowsTheSameReport()
    {
        var readme = FindReadme();
        Assume.That(readme, Is.Not.Null, "README.md is not above the test's folder.");

        Assert.That(File.ReadAllText(readme!).ReplaceLineEndings(), Does.Contain(Documented.ReplaceLineEndings()));
    }

    private static string? FindReadme()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "README.md");
            if (File.Exists(candidate) && File.Exists(Path.Combine(folder.FullName, "SpineConformance.sln")))
            {
                return candidate;
            }
        }

        return null;
    }
}
