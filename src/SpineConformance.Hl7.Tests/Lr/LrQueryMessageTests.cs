using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;

namespace SpineConformance.Hl7.Tests.Lr;

public sealed class LrQueryMessageTests
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    [TestCase(false)]
    [TestCase(true)]
    public void QueryConfirmation_RoundTrip_KeepsEveryField(bool history)
    {
        var sent = LrSamples.Confirmation(history);
        var query = Query(LrMessages.QueryConfirmation(SampleRequests.Outgoing(), sent), "QUPC_IN010000UK32");

        var read = LrPayloadXml.ReadConfirmationQuery(query)!;

        Assert.Multiple(() =>
        {
            LrAsyncMessageTests.AssertSameXml(LrPayloadXml.Write(read), LrPayloadXml.Write(sent));
            Assert.That(read.ResponseType.Code, Is.EqualTo(history ? "02" : "01"));
            Assert.That(read.ResponseType.CodeSystem, Is.EqualTo("2.16.840.1.113883.2.1.3.2.4.17.9"));
            Assert.That(read.ParameterList!.WorkgroupCodes, Has.Count.EqualTo(2));
            Assert.That(query.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "parameterList", "patient.id", "response.Type" }));
        });
    }

    [Test]
    public void QueryDetails_RoundTrip_KeepsEveryField()
    {
        var sent = LrSamples.Details(complete: true);
        var query = Query(LrMessages.QueryDetails(SampleRequests.Outgoing(), sent), "QUPC_IN020000UK17");

        var read = LrPayloadXml.ReadDetailsQuery(query)!;

        Assert.Multiple(() =>
        {
            Assert.That(read, Is.EqualTo(sent));
            Assert.That(read.DissentOverride.OriginalText, Is.EqualTo("Risk to others"));
            Assert.That(query.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "dissentOverride", "patient.id", "response.Type", "time.Period" }));
        });
    }

    [Test]
    public void QueryDetails_PeriodUnderEffectiveTime_IsReadLeniently()
    {
        var query = LrPayloadXml.Write(LrSamples.Details());
        var value = query.Element(V3 + "time.Period")!.Element(V3 + "value")!;
        value.ReplaceNodes(new XElement(V3 + "effectiveTime", value.Elements()));

        Assert.That(LrPayloadXml.ReadDetailsQuery(query)!.PeriodLow, Is.EqualTo("20260101"));
    }

    [Test]
    public void QueryBatchConfirmation_RoundTrip_KeepsEveryPatient()
    {
        var sent = LrSamples.Batch();
        var read = LrPayloadXml.ReadBatchConfirmationQuery(Query(LrMessages.QueryBatchConfirmation(SampleRequests.Outgoing(), sent), "QUPC_IN090000UK03"))!;

        Assert.Multiple(() =>
        {
            Assert.That(read.Patients, Is.EqualTo(sent.Patients));
            LrAsyncMessageTests.AssertSameXml(LrPayloadXml.Write(read), LrPayloadXml.Write(sent));
        });
    }

    [Test]
    public void IdentifyUserRoleProfilesQuery_RoundTrip_KeepsEveryField()
    {
        var sent = LrSamples.UrpQuery();
        var read = LrPayloadXml.ReadUserRoleProfilesQuery(Query(LrMessages.IdentifyUserRoleProfilesQuery(SampleRequests.Outgoing(), sent), "QUPC_IN010102UK01"));

        Assert.That(read, Is.EqualTo(sent));
    }

    [Test]
    public void WorkgroupMemberQuery_Wire_PutsSemanticsTextFirst()
    {
        var sent = WorkgroupMemberQuery.For(LrSamples.Workgroup, "WG0000000002");
        var query = Query(LrMessages.WorkgroupMemberQuery(SampleRequests.Outgoing(), sent), "QUPC_IN041234UK01");

        Assert.Multiple(() =>
        {
            Assert.That(LrPayloadXml.ReadWorkgroupMemberQuery(query)!.WorkgroupCodes, Is.EqualTo(sent.WorkgroupCodes));
            Assert.That(query.Elements(V3 + "workgroupCode").First().Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "semanticsText", "value" }));
        });
    }

    [Test]
    public void QueryConfirmation_Wire_UsesTheQueryControlActAndLrsQueryAction()
    {
        var message = SyncMessage.From(LrMessages.QueryConfirmation(SampleRequests.Outgoing(), LrSamples.Confirmation()))!;
        var controlAct = message.ControlActEvent!;

        Assert.Multiple(() =>
        {
            Assert.That(message.Action, Is.EqualTo("urn:nhs:names:services:lrsquery/QUPC_IN010000UK32"));
            Assert.That(message.InteractionId, Is.EqualTo("QUPC_IN010000UK32"));
            Assert.That(message.Interaction!.Name.LocalName, Is.EqualTo("QUPC_IN010000UK32"));
            Assert.That(message.HeaderSenderAsid, Is.EqualTo(SampleRequests.SenderAsid));
            Assert.That(controlAct.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "author", "author1", "query" }));
            Assert.That(controlAct.Element(V3 + "subject"), Is.Null);
        });
    }

    [Test]
    public void IdentifyUserRoleProfilesQuery_Wire_UsesTheSdsQueryService()
    {
        var message = SyncMessage.From(LrMessages.IdentifyUserRoleProfilesQuery(SampleRequests.Outgoing(), LrSamples.UrpQuery()))!;

        Assert.That(message.Action, Is.EqualTo("urn:nhs:names:services:sdsquery/QUPC_IN010102UK01"));
    }

    private static XElement Query(XDocument document, string expectedRoot)
    {
        var message = SyncMessage.From(LrSamples.Reparse(document))!;
        Assert.That(message.Interaction!.Name.LocalName, Is.EqualTo(expectedRoot));
        return message.ControlActEvent!.Element(V3 + "query")!;
    }
}
