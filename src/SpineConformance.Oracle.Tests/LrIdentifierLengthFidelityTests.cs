using System.Xml.Linq;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Xml;
using SpineConformance.Oracle.Tests.Exchanges;
using SpineConformance.Oracle.Tests.Schemas;
using SpineConformance.Testing;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Lr;

namespace SpineConformance.Oracle.Tests;

/// <summary>
/// Issue 18: the official schemas decide how long an LR identifier may be. Every identifier in every LR request's payload
/// is sent at each candidate length; wherever the official schema accepts it, ours must too, unless the interaction is one
/// of the four Spine 2 judges with a compiled validator (LR.md §15.1) and the refusal is that validator's length rule
/// (LR.md §10.7 [C L4]), reported by a rule that cites it. The other LR requests are judged by their schema alone, so a
/// length our rules or our schema add there is a refusal Spine would not give.
/// </summary>
[Category("oracle")]
public sealed class LrIdentifierLengthFidelityTests
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    // The four LR requests Spine 2 runs a compiled validator on (LR.md §15.1 [C L4]).
    private static readonly HashSet<string> WithSpine2Validator =
        [LrInteractions.RequestCreateLrId, LrInteractions.RequestStatusChangeId, LrInteractions.QueryConfirmationId, LrInteractions.QueryDetailsId];

    private static readonly int[] Lengths = [1, 10, 12, 13, 20, 21, 40];

    private static IEnumerable<VersionCodeFidelityTests.RequestInteraction> LrRequests() =>
        VersionCodeFidelityTests.Requests().Where(r => LrValidationProfiles.InteractionIds.Contains(r.Schema.InteractionId));

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var request in LrRequests())
        {
            var ids = IdentifiersOf(InteractionOf(request.Sample()));
            for (var index = 0; index < ids.Count; index++)
            {
                foreach (var length in Lengths)
                {
                    yield return new TestCaseData(request, index, length)
                        .SetArgDisplayNames(request.Name, RelativePath(ids[index]), length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
    }

    [SetUp]
    public void RequireSchemas() => OfficialSchemaFolder.RequireOrIgnore();

    [TestCaseSource(nameof(Cases))]
    public void IdentifierLength_RefusedByUsOnlyWhereTheOfficialSchemaOrASpine2LengthRuleRefusesIt(
        VersionCodeFidelityTests.RequestInteraction request, int index, int length)
    {
        var document = request.Sample();
        var id = IdentifiersOf(InteractionOf(document))[index];
        id.SetAttributeValue("extension", new string('7', length));
        var path = RelativePath(id);

        var official = OfficialSchemaOracle.Validate(InteractionOf(document), request.Schema).Where(e => About(e.XPath, path)).ToList();
        var ours = Validate(document, request.Action).Findings.Where(f => About(f.XPath, path)).ToList();
        if (official.Count > 0)
        {
            Assert.That(ours, Is.Not.Empty, $"the official schema refuses {path} at {length} characters ({string.Join("; ", official)}); ours accepts it");
            return;
        }

        var unbacked = ours.Where(f => !WithSpine2Validator.Contains(request.Schema.InteractionId) || f.Layer == ValidationLayer.Schema || !CitesSpine2(f.RuleId)).ToList();
        Assert.That(unbacked, Is.Empty,
            $"the official schema accepts {path} at {length} characters, and no Spine 2 length rule backs our refusal:{Environment.NewLine}" +
            string.Join(Environment.NewLine, unbacked.Select(f => $"  {f.RuleId}: {f.Message}")));
    }

    private static bool CitesSpine2(string ruleId) =>
        LrValidationProfiles.AllRules.FirstOrDefault(r => r.Id == ruleId) is { } rule && rule.Source.Contains("L4", StringComparison.Ordinal);

    // An identifier the payload carries (an II with an extension), leaving out the NHS numbers, whose ten digits and check
    // digit are a format, not a length, and the control act's authors, which are the wrapper's.
    private static List<XElement> IdentifiersOf(XElement interaction) =>
        interaction.Element(V3 + "ControlActEvent")!.Elements()
            .Where(e => e.Name.LocalName is not ("author" or "author1"))
            .SelectMany(e => e.DescendantsAndSelf())
            .Where(e => e.Attribute("extension") is not null && e.Attribute("root")?.Value != NhsNumber.Oid)
            .ToList();

    private static string RelativePath(XElement element)
    {
        var interaction = element.AncestorsAndSelf().First(e => e.Parent is null || e.Parent.Name.Namespace != V3);
        return XmlPath.Of(element)[XmlPath.Of(interaction).Length..];
    }

    private static bool About(string xPath, string relativePath) =>
        xPath.EndsWith(relativePath + "/@extension", StringComparison.Ordinal) || xPath.EndsWith(relativePath, StringComparison.Ordinal);

    private static XElement InteractionOf(XDocument document) => JournalMessage.InteractionOrNull(document) ?? document.Root!;

    private static Validation.Findings.ValidationReport Validate(XDocument document, string action)
    {
        var message = LrMessageUnderTest.From(document, action)!;
        return LrValidationProfiles.Conformance(message.Interaction.InteractionId)!.Validate(message);
    }
}
