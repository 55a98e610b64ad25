using SpineConformance.Validation.Comparison;
using static SpineConformance.Validation.Tests.Comparison.ComparisonTemplates;

namespace SpineConformance.Validation.Tests.Comparison;

/// <summary>Where the specifications allow more than one form, a template can accept each; and only those.</summary>
public sealed partial class MessageComparisonTests
{
    private static readonly ExpectedMessage Set = ExpectedMessage.Parse("set", $$"""
        <set xmlns="urn:hl7-org:v3" xmlns:expect="{{Markup}}">
          <assertion expect:repeatable="true"><code>${xmlunit.matchesRegex(^(View|Store)$)}</code></assertion>
          <reason expect:optional="true"><text>${xmlunit.ignore}</text></reason>
          <coded code="01" displayName="${xmlunit.ignore}"/>
        </set>
        """);

    private static readonly ExpectedMessage Subject = ExpectedMessage.Parse("lr",
        "<lr xmlns=\"urn:hl7-org:v3\"><subject><person id=\"${xmlunit.matchesRegex(^[0-9]{12}$)}\"/></subject></lr>",
        "<lr xmlns=\"urn:hl7-org:v3\"><subject><workgroup id=\"${xmlunit.matchesRegex(^WG[0-9]+$)}\"/></subject></lr>");

    [TestCase("<assertion><code>View</code></assertion>")]
    [TestCase("<assertion><code>Store</code></assertion>")]
    [TestCase("<assertion><code>View</code></assertion><assertion><code>Store</code></assertion>")]
    public void Compare_RepeatableElementOnceOrTwice_NoDifferences(string assertions)
    {
        var result = MessageComparison.Compare(Set, Bytes($"<set xmlns=\"urn:hl7-org:v3\">{assertions}<coded code=\"01\"/></set>"), Patient);

        Assert.That(result.HasDifferences, Is.False, result.ToReport());
    }

    [Test]
    public void Compare_RepeatedElementWithAWrongCopy_DifferenceInThatCopy()
    {
        var result = MessageComparison.Compare(Set,
            Bytes("<set xmlns=\"urn:hl7-org:v3\"><assertion><code>View</code></assertion><assertion><code>Delete</code></assertion><coded code=\"01\"/></set>"), Patient);

        Assert.That(result.Differences.Single().XPath, Is.EqualTo("/hl7:set[1]/hl7:assertion[2]/hl7:code[1]/text()[1]"), result.ToReport());
    }

    [Test]
    public void Compare_RepeatableButNotOptionalElementAbsent_Difference()
    {
        var result = MessageComparison.Compare(Set, Bytes("<set xmlns=\"urn:hl7-org:v3\"><coded code=\"01\"/></set>"), Patient);

        Assert.That(result.Differences.Single().Description, Is.EqualTo("Missing element"), result.ToReport());
    }

    [Test]
    public void Compare_OptionalElementPresentAndWrong_StillCompared()
    {
        var result = MessageComparison.Compare(Set,
            Bytes("<set xmlns=\"urn:hl7-org:v3\"><assertion><code>View</code></assertion><reason><code>x</code></reason><coded code=\"01\" displayName=\"Yes\"/></set>"), Patient);

        Assert.That(result.Differences.Select(d => d.Description), Is.EquivalentTo(new[] { "Missing element", "Unexpected element" }), result.ToReport());
    }

    [Test]
    public void Compare_AttributeWithIgnoredValueAbsent_NoDifference()
    {
        var result = MessageComparison.Compare(Set,
            Bytes("<set xmlns=\"urn:hl7-org:v3\"><assertion><code>View</code></assertion><reason><text>why</text></reason><coded code=\"01\"/></set>"), Patient);

        Assert.That(result.HasDifferences, Is.False, result.ToReport());
    }

    [Test]
    public void Compare_AttributeWithFixedValueAbsent_MissingAttribute()
    {
        var result = MessageComparison.Compare(Set, Bytes("<set xmlns=\"urn:hl7-org:v3\"><assertion><code>View</code></assertion><coded/></set>"), Patient);

        Assert.That(result.Differences.Single().Description, Is.EqualTo("Missing attribute"), result.ToReport());
        Assert.That(result.Differences.Single().Expected, Is.EqualTo("@code"));
    }

    [TestCase("<person id=\"100000000011\"/>", "default")]
    [TestCase("<workgroup id=\"WG0000000001\"/>", "form2")]
    public void Compare_EitherForm_MatchesAndNamesIt(string subject, string form)
    {
        var result = MessageComparison.Compare(Subject, Bytes($"<lr xmlns=\"urn:hl7-org:v3\"><subject>{subject}</subject></lr>"), Patient);

        Assert.Multiple(() =>
        {
            Assert.That(result.HasDifferences, Is.False, result.ToReport());
            Assert.That(result.Form, Is.EqualTo(form));
        });
    }

    [Test]
    public void Compare_NeitherForm_ReportsTheClosest()
    {
        var result = MessageComparison.Compare(Subject, Bytes("<lr xmlns=\"urn:hl7-org:v3\"><subject><workgroup id=\"X1\"/></subject></lr>"), Patient);

        Assert.Multiple(() =>
        {
            Assert.That(result.Form, Is.EqualTo("form2"));
            Assert.That(result.Differences.Single().XPath, Is.EqualTo("/hl7:lr[1]/hl7:subject[1]/hl7:workgroup[1]/@id"));
            Assert.That(result.ToReport(), Does.Contain("closest of 2 forms: default, form2"));
        });
    }

    [Test]
    public void Parse_UnknownPlaceholder_ErrorNamingItAndWhere()
    {
        var error = Assert.Throws<InvalidDataException>(() => ExpectedMessage.Parse("x", "<x><y a=\"${spine.guid}\"/></x>"));

        Assert.That(error!.Message, Does.Contain("${spine.guid}").And.Contain("/x/y/@a"));
    }

    [Test]
    public void Parse_TwoPlaceholdersInOneValue_Refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => ExpectedMessage.Parse("x", "<x a=\"${spine.uuid}-${spine.uuid}\"/>"));

        Assert.That(error!.Message, Does.Contain("more than one in a value"));
    }

    [Test]
    public void Load_MalformedTemplateFile_ErrorNamingTheFileAndLine()
    {
        var folder = Directory.CreateTempSubdirectory("expected-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "QUPC_IN010000UK32.xml"), "<query>\n  <patient.id>\n</query>");

            var error = Assert.Throws<InvalidDataException>(() => ExpectedMessages.Load(folder.FullName));

            Assert.That(error!.Message, Does.Contain("QUPC_IN010000UK32.xml").And.Contain("line 3"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void Load_MissingFolder_ErrorNamingIt()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() => ExpectedMessages.Load("no-such-expected-folder"));

        Assert.That(error!.Message, Does.Contain("no-such-expected-folder"));
    }
}
