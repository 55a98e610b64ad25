using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Xml;
using SpineConformance.Oracle.Tests.Exchanges;
using SpineConformance.Oracle.Tests.Schemas;
using SpineConformance.Testing;
using SpineConformance.Validation;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Lr;

namespace SpineConformance.Oracle.Tests;

/// <summary>
/// Issue 18: the official schemas decide which <c>versionCode</c> values each request interaction accepts. Every ACS and
/// LR request is sent with each candidate, and our validator (rules and our own schema) must refuse the version code
/// exactly when the interaction's official schema does. Set and the Workgroup Member Query restrict it to
/// HL7StandardVersionCode; the others type it as a bare HL7 <c>CS</c>, one token with no spaces inside.
/// </summary>
[Category("oracle")]
public sealed class VersionCodeFidelityTests
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    /// <summary>One request interaction: a valid sample, its official schema, and the action our validator is chosen by.</summary>
    public sealed record RequestInteraction(string Name, Func<XDocument> Sample, OfficialSchema Schema, string Action)
    {
        public override string ToString() => Name;
    }

    internal static IEnumerable<RequestInteraction> Requests()
    {
        yield return new("ACS Get", () => SampleRequests.Get(), OfficialSchema.GetRequest, AcsInteractions.Get.Action);
        yield return new("ACS Has", () => SampleRequests.Has(), OfficialSchema.HasRequest, AcsInteractions.Has.Action);
        yield return new("ACS Set", () => SampleRequests.Set(), OfficialSchema.SetRequest, AcsInteractions.Set.Action);
        yield return new("Create LR", LrSampleRequests.Create, OfficialSchema.CreateLr, LrInteractions.RequestCreateLr.SoapAction);
        yield return new("Status Change", LrSampleRequests.StatusChange, OfficialSchema.StatusChange, LrInteractions.RequestStatusChange.SoapAction);
        yield return new("Add User To Workgroup", LrSampleRequests.AddToWorkgroup, OfficialSchema.AddToWorkgroup, LrInteractions.AddUserToWorkgroup.SoapAction);
        yield return new("Remove User From Workgroup", LrSampleRequests.RemoveFromWorkgroup, OfficialSchema.RemoveFromWorkgroup,
            LrInteractions.RemoveUserFromWorkgroup.SoapAction);
        yield return new("Query Confirmation", () => LrSampleRequests.Confirmation(), OfficialSchema.ConfirmationQuery, LrInteractions.QueryConfirmationShort.Action);
        yield return new("Query Details", () => LrSampleRequests.Details(), OfficialSchema.DetailsQuery, LrInteractions.QueryDetailsSimple.Action);
        yield return new("Query Batch Confirmation", () => LrSampleRequests.Batch(), OfficialSchema.BatchQuery, LrInteractions.QueryBatchConfirmation.Action);
        yield return new("Identify User Role Profiles", () => LrSampleRequests.UserRoleProfiles(), OfficialSchema.UserRoleProfilesQuery,
            LrInteractions.IdentifyUserRoleProfiles.Action);
        yield return new("Workgroup Member Query", () => LrSampleRequests.WorkgroupMembers(), OfficialSchema.WorkgroupMemberQuery, LrInteractions.WorkgroupMemberQuery.Action);
    }

    // Listed and unlisted values, and the white space an xsd:token collapses (around) or keeps (inside). The empty code is
    // left out on purpose: a bare CS lets it through, Spine's wrapper rule (ACS.md §3.3) does not.
    private static readonly string[] Candidates =
        ["V3NPfIT3.0", "3NPfIT7.2.02", "V3NPfIT4.2.00", "V3NPfIT6.2.00", "3NPfIT7.3.00", "Anything", " V3NPfIT3.0 ", "V3NPfIT 3.0", "V3NPfIT3.0\tx"];

    private static IEnumerable<TestCaseData> Cases() =>
        from request in Requests()
        from candidate in Candidates
        select new TestCaseData(request, candidate).SetArgDisplayNames(request.Name, $"'{candidate.Replace("\t", "\\t", StringComparison.Ordinal)}'");

    [SetUp]
    public void RequireSchemas() => OfficialSchemaFolder.RequireOrIgnore();

    [TestCaseSource(nameof(Requests))]
    public void Sample_IsAcceptedByItsOfficialSchema(RequestInteraction request)
    {
        // The comparison below only means something if nothing else in the sample is wrong.
        OfficialSchemaOracle.AssertValid(InteractionOf(request.Sample()), request.Schema, request.Name);
        Assert.That(Validate(request.Sample(), request.Action).Findings, Is.Empty);
    }

    [TestCaseSource(nameof(Cases))]
    public void VersionCode_OurValidatorRefusesItExactlyWhenTheOfficialSchemaDoes(RequestInteraction request, string versionCode)
    {
        var document = request.Sample();
        document.Descendants(V3 + "versionCode").First().SetAttributeValue("code", versionCode);

        var official = OfficialSchemaOracle.Validate(InteractionOf(document), request.Schema).Where(e => e.XPath.Contains("versionCode", StringComparison.Ordinal)).ToList();
        var ours = Validate(document, request.Action).Findings.Where(f => f.XPath.Contains("versionCode", StringComparison.Ordinal)).ToList();

        Assert.That(ours.Count > 0, Is.EqualTo(official.Count > 0),
            $"official {request.Schema}: {(official.Count == 0 ? "accepts" : string.Join("; ", official))}{Environment.NewLine}ours: " +
            (ours.Count == 0 ? "accepts" : string.Join("; ", ours.Select(f => $"{f.RuleId}: {f.Message}"))));
    }

    private static XElement InteractionOf(XDocument document) => JournalMessage.InteractionOrNull(document) ?? document.Root!;

    private static ValidationReport Validate(XDocument document, string action)
    {
        if (AcsInteractions.All.FirstOrDefault(a => a.Action == action) is { } acs)
        {
            return ValidationProfiles.Conformance(acs)!.Validate(new Validation.Rules.MessageUnderTest(Hl7.Soap.SyncMessage.From(document)!, action, acs));
        }

        var message = LrMessageUnderTest.From(document, action)!;
        return LrValidationProfiles.Conformance(message.Interaction.InteractionId)!.Validate(message);
    }
}
