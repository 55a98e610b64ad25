using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;
using SpineConformance.Validation.Schema;

namespace SpineConformance.Validation.Tests.Lr;

public sealed class LrSchemaTests
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    [Test]
    public void OurSchemas_DeclareEveryLrInteractionAndQueryActFailed()
    {
        var declared = LrInteractions.All.Select(i => i.InteractionId).Append(LrInteractions.QueryActFailed)
            .Where(id => SpineSchemaSet.Schemas.GlobalElements[new System.Xml.XmlQualifiedName(id, V3.NamespaceName)] is not null);

        Assert.That(declared.Count(), Is.EqualTo(21));
    }

    [TestCaseSource(typeof(LrBuiltMessages), nameof(LrBuiltMessages.All))]
    public void BuiltMessage_IsValidAgainstOurSchema(Func<XElement> build)
    {
        var findings = SchemaValidator.Ours.Validate(build());

        Assert.That(findings, Is.Empty, () => string.Join(Environment.NewLine, findings.Select(f => $"{f.XPath}: {f.Message}")));
    }

    [Test]
    public void CreateRequest_WithOtherPersonSubject_IsRejected()
    {
        var message = LrMessages.CreateRequest(LrBuiltMessages.Request(), LrBuiltMessages.Create() with { Subject = new LrAgent.OtherPerson(new Hl7Id("1.2.3", "x")) });

        Assert.That(SchemaValidator.Ours.Validate(message).Single().XPath, Does.EndWith("hl7:subject/hl7:OtherPerson"));
    }

    [Test]
    public void CreateRequest_WithWrongLrTypeCodeSystem_IsRejected()
    {
        var message = LrMessages.CreateRequest(LrBuiltMessages.Request(), LrBuiltMessages.Create() with { ReasonCode = new Hl7Code("04", "2.16.840.1.113883.2.1.3.2.4.17.7") });

        Assert.That(SchemaValidator.Ours.Validate(message).Single().Actual, Is.EqualTo("'2.16.840.1.113883.2.1.3.2.4.17.7'"));
    }

    [Test]
    public void StatusChangeRequest_WithNineDigitNhsNumber_IsRefusedByTheSpine2LengthRuleNotTheSchema()
    {
        // The official schema types the patient id as a plain II; "exactly 10" is Spine 2's compiled rule (LR.md §10.7).
        var message = LrMessages.StatusChangeRequest(LrBuiltMessages.Request(), SCRequest.For("11", "943476591", LrAgent.Device.Of(SampleRequests.SenderAsid), "LR1"));
        var underTest = Validation.Lr.LrMessageUnderTest.From(new XDocument(message), LrInteractions.RequestStatusChange.SoapAction)!;

        Assert.That(SchemaValidator.Ours.Validate(message), Is.Empty);
        Assert.That(Validation.Lr.LrValidationProfiles.Conformance(LrInteractions.RequestStatusChangeId)!.Validate(underTest).Findings.Select(f => f.RuleId),
            Does.Contain("LR-SC-PATIENT-ID-LENGTH"));
    }

    [Test]
    public void QueryConfirmation_WithResponseTypeThree_IsRejected()
    {
        var query = ConfirmationQuery.For("9434765919", QueryParameterList.Of("100000000012", "100000000011")) with
        {
            ResponseType = new Hl7Code("03", LrVocabulary.ConfirmationRespType.CodeSystem),
        };

        var findings = SchemaValidator.Ours.Validate(LrBuiltMessages.Body(LrMessages.QueryConfirmation(SampleRequests.Outgoing(), query)));

        Assert.That(findings.Single().Actual, Is.EqualTo("'03'"));
    }

    [Test]
    public void QueryDetails_WithPeriodEndButNoStart_IsRejected()
    {
        var query = DetailsQuery.For("9434765919") with { PeriodHigh = "20261231" };

        Assert.That(SchemaValidator.Ours.Validate(LrBuiltMessages.Body(LrMessages.QueryDetails(SampleRequests.Outgoing(), query))), Is.Not.Empty);
    }

    [Test]
    public void ConfirmShort_WithoutQueryAck_IsRejected()
    {
        var message = LrBuiltMessages.Body(LrMessages.ConfirmShort(SampleRequests.ResponseContext(), LRExists.Of(true)));
        message.Descendants(V3 + "queryAck").Single().Remove();

        Assert.That(SchemaValidator.Ours.Validate(message), Is.Not.Empty);
    }

    [Test]
    public void WorkgroupMemberQuery_WithValueBeforeSemanticsText_IsRejected()
    {
        var message = LrBuiltMessages.Body(LrMessages.WorkgroupMemberQuery(SampleRequests.Outgoing(), WorkgroupMemberQuery.For("WG1")));
        var parameter = message.Descendants(V3 + "workgroupCode").Single();
        var value = parameter.Element(V3 + "value")!;
        value.Remove();
        parameter.AddFirst(value);

        Assert.That(SchemaValidator.Ours.Validate(message), Is.Not.Empty);
    }

    [Test]
    public void ConfirmLrCreated_WithWrongLrIdRoot_IsRejected()
    {
        var message = LrMessages.ConfirmLrCreated(LrBuiltMessages.Reply(), new CreationResponseConfirm(new Hl7Id("1.2.3", "LR1")));

        Assert.That(SchemaValidator.Ours.Validate(message).Single().XPath, Does.EndWith("hl7:CreationResponseConfirm/hl7:id/@root"));
    }

    [Test]
    public void WorkgroupMemberResponse_WithUnknownStatusDisplayName_IsRejected()
    {
        var response = new WorkgroupMemberQueryResponse([WorkgroupDetails.Of("WG1", "Ward 7") with { Status = new Hl7Code("01", LrVocabulary.WorkgroupStatus.CodeSystem, "Shut") }]);

        var findings = SchemaValidator.Ours.Validate(LrBuiltMessages.Body(LrMessages.WorkgroupMemberResponse(SampleRequests.ResponseContext(), response)));

        Assert.That(findings.Single().Actual, Is.EqualTo("'Shut'"));
    }
}
