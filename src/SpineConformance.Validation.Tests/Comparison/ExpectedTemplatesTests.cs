using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;
using SpineConformance.Validation.Comparison;

namespace SpineConformance.Validation.Tests.Comparison;

/// <summary>The suite's expected messages in <c>features/expected</c>: every message our builders make matches its template.</summary>
public sealed class ExpectedTemplatesTests
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;
    private static readonly XNamespace Crs = SpineNamespaces.Crs;

    private static readonly Lazy<ExpectedMessages> Templates = new(() => ExpectedMessages.Load(Path.Combine(AppContext.BaseDirectory, "expected")));

    private static ComparisonResult Compare(string interactionId, XDocument message, IReadOnlyDictionary<string, string>? variables = null) =>
        MessageComparison.Compare(Templates.Value.For(interactionId), SoapEnvelope.ToBytes(message), variables ?? TemplateMessages.Variables);

    [TestCaseSource(typeof(TemplateMessages), nameof(TemplateMessages.All))]
    public void Compare_BuiltMessage_MatchesItsTemplate(string interactionId, Func<XDocument> build)
    {
        var result = Compare(interactionId, build());

        Assert.That(result.HasDifferences, Is.False, result.ToReport());
    }

    [Test]
    public void Load_Folder_OneExpectedMessagePerRequestInteractionTheSuiteDrives() =>
        Assert.That(Templates.Value.InteractionIds, Is.EquivalentTo(new[]
        {
            "GET_RESOURCE_PERMISSIONS_INUK01", "SET_RESOURCE_PERMISSIONS_INUK01", "HAS_RESOURCE_PERMISSIONS_INUK01",
            LrInteractions.RequestCreateLrId, LrInteractions.RequestStatusChangeId, LrInteractions.AddUserToWorkgroupRequestId,
            LrInteractions.RemoveUserFromWorkgroupRequestId, LrInteractions.QueryConfirmationId, LrInteractions.QueryDetailsId,
            LrInteractions.QueryBatchConfirmationId, LrInteractions.IdentifyUserRoleProfilesQueryId, LrInteractions.WorkgroupMemberQueryId,
        }));

    [Test]
    public void Variables_EveryTemplate_UsesOnlyTheStandardVariables()
    {
        var used = Templates.Value.InteractionIds.SelectMany(id => Templates.Value.For(id).Variables).ToHashSet();

        Assert.That(used, Is.SubsetOf(TemplateVariables.Standard));
    }

    [Test]
    public void For_UnknownInteraction_ErrorListingWhatThereIs()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Templates.Value.For("QUPA_IN040000UK32"));

        Assert.That(error!.Message, Does.Contain("QUPA_IN040000UK32.xml").And.Contain("GET_RESOURCE_PERMISSIONS_INUK01"));
    }

    [Test]
    public void Compare_AsyncRequestInItsEbxmlPackage_ComparesTheHl7Payload()
    {
        var wire = EbxmlWriter.Write(SampleEbxml.Reliable(LrSampleRequests.Create(), "urn:nhs:names:services:lrs", LrInteractions.RequestCreateLrId));
        var expected = Templates.Value.For(LrInteractions.RequestCreateLrId);

        var withContentType = MessageComparison.Compare(expected, wire.Body.Span, TemplateMessages.Variables, wire.ContentType);
        var bodyOnly = MessageComparison.Compare(expected, wire.Body.Span, TemplateMessages.Variables);

        Assert.Multiple(() =>
        {
            Assert.That(withContentType.HasDifferences, Is.False, withContentType.ToReport());
            Assert.That(bodyOnly.HasDifferences, Is.False, bodyOnly.ToReport());
        });
    }

    [Test]
    public void Compare_AsyncRequestInEbxmlWithWrongPatient_DifferenceInThePayload()
    {
        var wire = EbxmlWriter.Write(SampleEbxml.Reliable(LrSampleRequests.Create(), "urn:nhs:names:services:lrs", LrInteractions.RequestCreateLrId));
        var variables = new Dictionary<string, string>(TemplateMessages.Variables) { ["nhsNumber"] = "9000000009" };

        var result = MessageComparison.Compare(Templates.Value.For(LrInteractions.RequestCreateLrId), wire.Body.Span, variables, wire.ContentType);

        Assert.That(result.Differences.Select(d => d.XPath), Is.EqualTo(new[]
        {
            "/hl7:REPC_IN010000UK15[1]/hl7:ControlActEvent[1]/hl7:subject[1]/hl7:CreateRequest[1]/hl7:recordTarget[1]/hl7:patient[1]/hl7:id[1]/@extension",
        }), result.ToReport());
    }

    [Test]
    public void Compare_GetForAnotherPatient_DifferenceAtEachPlaceTheNhsNumberIs()
    {
        var variables = new Dictionary<string, string>(TemplateMessages.Variables) { ["nhsNumber"] = "9000000009" };

        var result = Compare("GET_RESOURCE_PERMISSIONS_INUK01", SampleRequests.Get(LrSampleRequests.NhsNumber), variables);

        const string query = "/SOAP-ENV:Envelope[1]/SOAP-ENV:Body[1]/hl7:GET_RESOURCE_PERMISSIONS_INUK01[1]/hl7:ControlActEvent[1]/crs:getResourcePermissionsRequest[1]/crs:accessControlQuery[1]";
        Assert.That(result.Differences.Select(d => (d.XPath, d.Expected, d.Actual)), Is.EqualTo(new[]
        {
            ($"{query}/crs:resourceContext[1]/@extension", "\"9000000009\" from ${nhsNumber}", "\"9434765919\""),
            ($"{query}/crs:queryCriteria[1]/crs:resource[1]/crs:Id[1]/text()[1]", "\"9000000009\" from ${nhsNumber}", "\"9434765919\""),
        }), result.ToReport());
    }

    [Test]
    public void Compare_DetailsWithSemanticsTextAsTheMimWritesIt_NoDifferences()
    {
        var message = LrSampleRequests.Details();
        message.Descendants(V3 + "dissentOverride").Single().Element(V3 + "semanticsText")!.Value = "DissentOverride";

        var result = Compare(LrInteractions.QueryDetailsId, message);

        Assert.That(result.HasDifferences, Is.False, result.ToReport());
    }

    [Test]
    public void Compare_UserRoleProfilesQueryNarrowedToOneProfile_NoDifferences()
    {
        var message = LrSampleRequests.UserRoleProfiles();
        message.Descendants(V3 + "parameterList").Single().Add(new XElement(V3 + "userRoleProfileID",
            new XElement(V3 + "value", new XAttribute("root", "1.2.826.0.1285.0.2.0.67"), new XAttribute("extension", "100000000011")),
            new XElement(V3 + "semanticsText", "userRoleProfileID")));

        var result = Compare(LrInteractions.IdentifyUserRoleProfilesQueryId, message);

        Assert.That(result.HasDifferences, Is.False, result.ToReport());
    }

    [Test]
    public void Compare_DetailsPeriodWithoutItsStart_MissingLow()
    {
        var message = LrSampleRequests.Details();
        message.Descendants(V3 + "low").Single().Remove();

        var difference = Compare(LrInteractions.QueryDetailsId, message).Differences.Single();

        Assert.That(difference.XPath, Does.EndWith("/hl7:query[1]/hl7:time.Period[1]/hl7:value[1]/hl7:low[1]"));
    }

    [Test]
    public void Compare_GetWithWrongOid_DifferenceNamesTheAttribute()
    {
        var message = SampleRequests.Get(LrSampleRequests.NhsNumber);
        message.Descendants(Crs + "resourceContext").Single().SetAttributeValue("root", "2.16.840.1.113883.2.1.4.3");

        var difference = Compare("GET_RESOURCE_PERMISSIONS_INUK01", message).Differences.Single();

        Assert.Multiple(() =>
        {
            Assert.That(difference.XPath, Does.EndWith("/crs:accessControlQuery[1]/crs:resourceContext[1]/@root"));
            Assert.That(difference.Expected, Is.EqualTo("\"2.16.840.1.113883.2.1.4.1\""));
            Assert.That(difference.Actual, Is.EqualTo("\"2.16.840.1.113883.2.1.4.3\""));
        });
    }

    [Test]
    public void Compare_GetWithoutTheUser_MissingAuthor()
    {
        var message = SampleRequests.Get(LrSampleRequests.NhsNumber);
        message.Descendants(V3 + "author").Single().Remove();

        var difference = Compare("GET_RESOURCE_PERMISSIONS_INUK01", message).Differences.Single();

        Assert.Multiple(() =>
        {
            Assert.That(difference.Description, Is.EqualTo("Missing element"));
            Assert.That(difference.XPath, Is.EqualTo("/SOAP-ENV:Envelope[1]/SOAP-ENV:Body[1]/hl7:GET_RESOURCE_PERMISSIONS_INUK01[1]/hl7:ControlActEvent[1]/hl7:author[1]"));
        });
    }

    [Test]
    public void Compare_HasWithAnExtraElement_UnexpectedElement()
    {
        var message = SampleRequests.Has(LrSampleRequests.NhsNumber);
        message.Descendants(Crs + "accessControlQuery").Single().Add(new XElement(Crs + "queryCriteria"));

        var difference = Compare("HAS_RESOURCE_PERMISSIONS_INUK01", message).Differences.Single();

        Assert.Multiple(() =>
        {
            Assert.That(difference.Description, Is.EqualTo("Unexpected element"));
            Assert.That(difference.XPath, Does.EndWith("/crs:accessControlQuery[1]/crs:queryCriteria[1]"));
        });
    }

    [Test]
    public void Compare_ActingUserNotTheOneWhoActed_DifferenceForEachIdentity()
    {
        var variables = new Dictionary<string, string>(TemplateMessages.Variables) { ["userId"] = "100000000099", ["jobRole"] = "R0260" };

        var result = Compare("SET_RESOURCE_PERMISSIONS_INUK01", SampleRequests.Set(LrSampleRequests.NhsNumber), variables);

        Assert.That(result.Differences.Select(d => d.XPath.Split("/hl7:ControlActEvent[1]/")[1]), Is.EqualTo(new[]
        {
            "hl7:author[1]/hl7:AgentPersonSDS[1]/hl7:agentPersonSDS[1]/hl7:id[1]/@extension",
            "hl7:author[1]/hl7:AgentPersonSDS[1]/hl7:part[1]/hl7:partSDSRole[1]/hl7:id[1]/@extension",
        }), result.ToReport());
    }

    [Test]
    public void Compare_BrokenGetWithoutUuidPrefix_DifferenceAtMessageId()
    {
        var broken = BrokenGetRequests.All().Single(b => b.RuleId == "SYNC-HDR-MESSAGEID").Build();

        var difference = Compare("GET_RESOURCE_PERMISSIONS_INUK01", broken).Differences.Single();

        Assert.Multiple(() =>
        {
            Assert.That(difference.XPath, Is.EqualTo("/SOAP-ENV:Envelope[1]/SOAP-ENV:Header[1]/wsa:MessageID[1]/text()[1]"));
            Assert.That(difference.Expected, Is.EqualTo("\"uuid:${spine.uuid}\""));
        });
    }

    [Test]
    public void Compare_BrokenGetWithWrongSenderRoot_DifferenceAtHeaderDevice()
    {
        var broken = BrokenGetRequests.All().Single(b => b.RuleId == "SYNC-HDR-COMM-FUNC-SND").Build();

        var difference = Compare("GET_RESOURCE_PERMISSIONS_INUK01", broken).Differences.Single();

        Assert.That(difference.XPath, Is.EqualTo("/SOAP-ENV:Envelope[1]/SOAP-ENV:Header[1]/hl7:communicationFunctionSnd[1]/hl7:device[1]/hl7:id[1]/@root"));
    }

    [Test]
    public void Compare_BrokenCreateWithoutLrType_MissingAttribute()
    {
        var broken = BrokenLrRequests.All().Single(b => b.RuleId == "LR-CREATE-LR-TYPE").Build();

        var difference = Compare(LrInteractions.RequestCreateLrId, broken).Differences.Single();

        Assert.Multiple(() =>
        {
            Assert.That(difference.Description, Is.EqualTo("Missing attribute"));
            Assert.That(difference.XPath, Does.EndWith("/hl7:CreateRequest[1]/hl7:reasonCode[1]/@code"));
        });
    }

    [Test]
    public void Compare_BrokenCreateWithOdsRootForThePatient_DifferenceAtPatientRoot()
    {
        var broken = BrokenLrRequests.All().Single(b => b.RuleId == "LR-CREATE-PATIENT-ID-ROOT").Build();

        var difference = Compare(LrInteractions.RequestCreateLrId, broken).Differences.Single();

        Assert.That(difference.XPath, Does.EndWith("/hl7:recordTarget[1]/hl7:patient[1]/hl7:id[1]/@root"));
    }

    // Rules across elements or conditional on other values: the rule checks' job, not a template's. Every other
    // catalogued breakage changes the shape, a fixed code or OID, an identity or a value's form, which a template sees.
    private static readonly string[] BusinessRulesOnly =
    [
        "ACS-SET-ASSERTION-COUNT", "ACS-SET-FUNCTION-CARDINALITY", "ACS-SET-VIEW-STORE-CONSISTENT",
        "LR-CREATE-LR-TYPE-KNOWN", "LR-CREATE-EFFECTIVE-TIME", "LR-CREATE-ACCESS-REASON-REQUIRED", "LR-CREATE-ACCESS-REASON-FOR-TYPE",
        "LR-CREATE-ACCESS-REASON-TEXT", "LR-DETAILS-DISSENT-OVERRIDE-CODE", "LR-DETAILS-DISSENT-OVERRIDE-TEXT",
    ];

    [Test]
    public void Compare_EveryCataloguedBreakage_CaughtUnlessOnlyABusinessRuleSeesIt()
    {
        var broken = BrokenGetRequests.All().Concat(BrokenSetRequests.All()).Concat(BrokenHasRequests.All()).Concat(BrokenLrRequests.All()).ToList();

        var missed = broken.Where(b => CompareWithItsTemplate(b.Build()) is not { HasDifferences: true }).Select(b => b.RuleId).ToList();

        Assert.That(missed, Is.SubsetOf(BusinessRulesOnly), $"{broken.Count - missed.Count} of {broken.Count} caught.");
    }

    private static ComparisonResult? CompareWithItsTemplate(XDocument message)
    {
        var root = SyncMessage.From(message)?.Interaction ?? message.Root;
        var interactionId = root?.Name.LocalName;
        return interactionId is not null && Templates.Value.InteractionIds.Contains(interactionId) ? Compare(interactionId, message) : null;
    }
}
