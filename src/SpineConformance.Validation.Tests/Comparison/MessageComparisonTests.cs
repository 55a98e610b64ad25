using SpineConformance.Validation.Comparison;
using static SpineConformance.Validation.Tests.Comparison.ComparisonTemplates;

namespace SpineConformance.Validation.Tests.Comparison;

public sealed partial class MessageComparisonTests
{
    private static readonly ExpectedMessage Expected = ExpectedMessage.Parse("msg", Simple);

    private static ComparisonResult Compare(string actual, IReadOnlyDictionary<string, string>? variables = null) =>
        MessageComparison.Compare(Expected, Bytes(actual), variables ?? Patient);

    [Test]
    public void Compare_OtherPrefixesWhitespaceAndComments_NoDifferences()
    {
        var result = Compare("""
            <?xml version="1.0"?>
            <!-- sent by a supplier -->
            <v3:msg xmlns:v3="urn:hl7-org:v3"><v3:id root="0E4B3A52-9D7C-4F1A-8E2B-7A6C5D4E3F21"/>
               <v3:creationTime   value="20261122101500+0000"/><!-- a comment -->
              <v3:patient>
                 <v3:id extension="9434765919" root="2.16.840.1.113883.2.1.4.1"/>
              </v3:patient>
              <v3:note>  free text  </v3:note></v3:msg>
            """);

        Assert.That(result.HasDifferences, Is.False, result.ToReport());
    }

    [Test]
    public void Compare_OtherNamespaceUri_Difference()
    {
        var result = Compare("""
            <msg xmlns="urn:hl7-org:v2"><id root="0E4B3A52-9D7C-4F1A-8E2B-7A6C5D4E3F21"/><creationTime value="20261122101500"/>
            <patient><id root="2.16.840.1.113883.2.1.4.1" extension="9434765919"/></patient><note/></msg>
            """);

        // An element in another namespace is another element: the expected one is missing, the sent one unexpected.
        Assert.That(result.Differences.Select(d => (d.Description, d.Expected, d.Actual)), Is.EquivalentTo(new[]
        {
            ("Missing element", "<msg> in urn:hl7-org:v3", MessageDifference.Absent),
            ("Unexpected element", MessageDifference.Absent, "<msg> in urn:hl7-org:v2"),
        }), result.ToReport());
    }

    [Test]
    public void Compare_WrongNhsNumber_AttributeDifferenceAtItsXPath()
    {
        var result = Compare("""
            <msg xmlns="urn:hl7-org:v3"><id root="0E4B3A52-9D7C-4F1A-8E2B-7A6C5D4E3F21"/><creationTime value="20261122101500"/>
            <patient><id root="2.16.840.1.113883.2.1.4.1" extension="9000000009"/></patient><note/></msg>
            """);

        Assert.That(result.Differences, Has.Count.EqualTo(1), result.ToReport());
        var difference = result.Differences[0];
        Assert.Multiple(() =>
        {
            Assert.That(difference.XPath, Is.EqualTo("/hl7:msg[1]/hl7:patient[1]/hl7:id[1]/@extension"));
            Assert.That(difference.Expected, Is.EqualTo("\"9434765919\" from ${nhsNumber}"));
            Assert.That(difference.Actual, Is.EqualTo("\"9000000009\""));
        });
    }

    [Test]
    public void Compare_VolatileValuesOfTheWrongKind_DifferenceForEach()
    {
        var result = Compare("""
            <msg xmlns="urn:hl7-org:v3"><id root="not-a-uuid"/><creationTime value="22/11/2026"/>
            <patient><id root="2.16.840.1.113883.2.1.4.1" extension="9434765919"/></patient><note/></msg>
            """);

        Assert.That(result.Differences.Select(d => d.XPath), Is.EquivalentTo(new[]
        {
            "/hl7:msg[1]/hl7:id[1]/@root",
            "/hl7:msg[1]/hl7:creationTime[1]/@value",
        }), result.ToReport());
        Assert.That(result.Differences[0].Expected, Is.EqualTo("\"${spine.uuid}\""));
    }

    [Test]
    public void Compare_MissingElement_DifferenceNotException()
    {
        var result = Compare("""
            <msg xmlns="urn:hl7-org:v3"><id root="0E4B3A52-9D7C-4F1A-8E2B-7A6C5D4E3F21"/><creationTime value="20261122101500"/><note/></msg>
            """);

        Assert.That(result.Differences, Has.Count.EqualTo(1), result.ToReport());
        Assert.Multiple(() =>
        {
            Assert.That(result.Differences[0].Description, Is.EqualTo("Missing element"));
            Assert.That(result.Differences[0].XPath, Is.EqualTo("/hl7:msg[1]/hl7:patient[1]"));
            Assert.That(result.Differences[0].Actual, Is.EqualTo(MessageDifference.Absent));
        });
    }

    [Test]
    public void Compare_ExtraElement_DifferenceAtItsXPath()
    {
        var result = Compare("""
            <msg xmlns="urn:hl7-org:v3"><id root="0E4B3A52-9D7C-4F1A-8E2B-7A6C5D4E3F21"/><creationTime value="20261122101500"/>
            <patient><id root="2.16.840.1.113883.2.1.4.1" extension="9434765919"/></patient><note/><extra/></msg>
            """);

        Assert.That(result.Differences, Has.Count.EqualTo(1), result.ToReport());
        Assert.Multiple(() =>
        {
            Assert.That(result.Differences[0].Description, Is.EqualTo("Unexpected element"));
            Assert.That(result.Differences[0].XPath, Is.EqualTo("/hl7:msg[1]/hl7:extra[1]"));
        });
    }

    [Test]
    public void Compare_MalformedMessage_OneDifferenceSayingWhy()
    {
        var result = Compare("<msg xmlns=\"urn:hl7-org:v3\"><id></msg>");

        Assert.That(result.HasDifferences, Is.True);
        Assert.That(result.Differences.Single().Description, Is.EqualTo("The message could not be read as XML"));
        Assert.That(result.Differences.Single().Actual, Does.Contain("not well-formed").And.Contain("line 1"));
    }

    [Test]
    public void Compare_EmptyMessage_OneDifferenceSayingWhy()
    {
        var result = MessageComparison.Compare(Expected, ReadOnlySpan<byte>.Empty, Patient);

        Assert.That(result.Differences.Single().Actual, Does.Contain("empty"));
    }

    [Test]
    public void Compare_DoctypeInMessage_RefusedAsDifference()
    {
        var result = Compare("<!DOCTYPE msg [<!ENTITY x \"y\">]><msg xmlns=\"urn:hl7-org:v3\">&x;</msg>");

        Assert.That(result.Differences.Single().Actual, Does.Contain("DOCTYPE"));
    }

    [Test]
    public void Compare_VariableWithoutValue_ListedAsDifference()
    {
        var result = Compare("""
            <msg xmlns="urn:hl7-org:v3"><id root="0E4B3A52-9D7C-4F1A-8E2B-7A6C5D4E3F21"/><creationTime value="20261122101500"/>
            <patient><id root="2.16.840.1.113883.2.1.4.1" extension="9434765919"/></patient><note/></msg>
            """, new Dictionary<string, string>());

        Assert.That(result.Differences.Select(d => d.Description), Has.Some.EqualTo("The template uses ${nhsNumber}, but no value was given for it"));
    }

    [Test]
    public void Variables_Template_NamesEachVariableUsed() =>
        Assert.That(Expected.Variables, Is.EquivalentTo(new[] { "nhsNumber" }));

    [Test]
    public void ToReport_Differences_ListsXPathExpectedAndActual()
    {
        var report = Compare("""
            <msg xmlns="urn:hl7-org:v3"><id root="0E4B3A52-9D7C-4F1A-8E2B-7A6C5D4E3F21"/><creationTime value="20261122101500"/>
            <patient><id root="2.16.840.1.113883.2.1.4.1" extension="9000000009"/></patient><note/></msg>
            """).ToReport();

        Assert.That(report, Does.StartWith("The message differs from the expected msg, form 'default': 1 difference."));
        Assert.That(report, Does.Contain("at       /hl7:msg[1]/hl7:patient[1]/hl7:id[1]/@extension")
            .And.Contain("expected \"9434765919\" from ${nhsNumber}").And.Contain("actual   \"9000000009\""));
    }
}
