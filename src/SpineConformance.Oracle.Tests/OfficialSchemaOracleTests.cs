using System.Xml.Linq;
using SpineConformance.Hl7.Xml;
using SpineConformance.Oracle.Tests.Exchanges;
using SpineConformance.Oracle.Tests.Schemas;
using SpineConformance.Testing;

namespace SpineConformance.Oracle.Tests;

/// <summary>
/// The oracle itself can say no: a valid Get is accepted, and the same Get broken in one place is rejected with an
/// error at that place. Without these, an oracle that accepted everything would look like a passing product.
/// </summary>
[Category("oracle")]
public sealed class OfficialSchemaOracleTests
{
    private static readonly XNamespace Hl7 = SpineNamespaces.Hl7;

    [SetUp]
    public void RequireSchemas() => OfficialSchemaFolder.RequireOrIgnore();

    [Test]
    public void Validate_SampleGetRequest_IsAccepted()
    {
        var errors = OfficialSchemaOracle.Validate(SampleGet(), OfficialSchema.GetRequest);

        Assert.That(errors, Is.Empty, () => "The unbroken sample must be valid, or the rejections below prove nothing: " + string.Join("; ", errors));
    }

    [Test]
    public void Validate_GetWithLowerCaseMessageId_IsRejectedAtTheId()
    {
        var get = SampleGet();
        var root = get.Element(Hl7 + "id")!.Attribute("root")!;
        root.Value = root.Value.ToLowerInvariant();

        var errors = OfficialSchemaOracle.Validate(get, OfficialSchema.GetRequest);

        Assert.That(errors.Select(e => e.XPath), Does.Contain("/hl7:GET_RESOURCE_PERMISSIONS_INUK01/hl7:id/@root"),
            () => "The tightened Get schema requires an upper-case UUID in id/@root; errors were: " + string.Join("; ", errors));
    }

    [Test]
    public void Validate_GetWithoutControlActEvent_IsRejected()
    {
        var get = SampleGet();
        get.Element(Hl7 + "ControlActEvent")!.Remove();

        var errors = OfficialSchemaOracle.Validate(get, OfficialSchema.GetRequest);

        Assert.That(errors.Select(e => e.Message), Has.Some.Contains("ControlActEvent"),
            () => "A Get with no ControlActEvent must be rejected for the missing element; errors were: " + string.Join("; ", errors));
    }

    [Test]
    public void Validate_GetWithUnknownPayloadElement_IsRejectedInsideThePayload()
    {
        var get = SampleGet();
        var context = get.Descendants(SpineNamespaces.Crs + "context").First();
        context.ReplaceWith(new XElement(SpineNamespaces.Crs + "contexts", context.Value));

        var errors = OfficialSchemaOracle.Validate(get, OfficialSchema.GetRequest);

        // The payload is in another namespace, imported by the root XSD: this proves it is validated, not skipped.
        Assert.That(errors.Select(e => e.XPath), Has.Some.EndsWith("/crs:contexts"),
            () => "The crs payload must be validated as strictly as the wrapper; errors were: " + string.Join("; ", errors));
    }

    [Test]
    public void Validate_ElementOfAnotherInteraction_IsRejectedWithoutValidating()
    {
        var errors = OfficialSchemaOracle.Validate(SampleGet(), OfficialSchema.SetRequest);

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].Message, Does.Contain("SET_RESOURCE_PERMISSIONS_INUK01"));
    }

    [Test]
    public void Validate_SampleLrDetailsQuery_IsAccepted()
    {
        var errors = OfficialSchemaOracle.Validate(SampleDetailsQuery(), OfficialSchema.DetailsQuery);

        Assert.That(errors, Is.Empty, () => "The unbroken LR sample must be valid, or the rejection below proves nothing: " + string.Join("; ", errors));
    }

    [Test]
    public void Validate_LrDetailsQueryWithUnknownParameter_IsRejectedInsideTheQuery()
    {
        var query = SampleDetailsQuery();
        query.Descendants(Hl7 + "dissentOverride").Single().Name = Hl7 + "dissentOverrides";

        var errors = OfficialSchemaOracle.Validate(query, OfficialSchema.DetailsQuery);

        // The query sits three levels into the MIM's includes (wrapper, control act, message type): proof they are followed.
        Assert.That(errors.Select(e => e.XPath), Has.Some.EndsWith("/hl7:query/hl7:dissentOverrides"),
            () => "The MIM details query schema must reject an unknown parameter; errors were: " + string.Join("; ", errors));
    }

    [Test]
    public void Validate_SampleAsyncCreateLrPayload_IsAccepted()
    {
        var errors = OfficialSchemaOracle.Validate(LrSampleRequests.Create().Root!, OfficialSchema.CreateLr);

        Assert.That(errors, Is.Empty, () => "The HL7 payload an ebXML create carries must be valid on its own: " + string.Join("; ", errors));
    }

    [Test]
    public void Validate_CreateLrPayloadWithAMisnamedLrType_IsRejectedInsideThePayload()
    {
        var create = LrSampleRequests.Create().Root!;
        create.Descendants(Hl7 + "CreateRequest").Single().Element(Hl7 + "reasonCode")!.Name = Hl7 + "reasonCodes";

        var errors = OfficialSchemaOracle.Validate(create, OfficialSchema.CreateLr);

        Assert.That(errors.Select(e => e.XPath), Has.Some.EndsWith("/hl7:CreateRequest/hl7:reasonCodes"),
            () => "The payload of an ebXML-carried request must be validated as strictly as a query; errors were: " + string.Join("; ", errors));
    }

    private static XElement SampleDetailsQuery() => JournalMessage.InteractionOrNull(LrSampleRequests.Details())!;

    private static XElement SampleGet() => JournalMessage.InteractionOrNull(SampleRequests.Get(Some.NhsNumber().Value))!;
}
