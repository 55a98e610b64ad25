using SpineConformance.Testing;
using SpineConformance.Validation.Ebxml;
using SpineConformance.Validation.Lr;
using SpineConformance.Validation.Rules;
using SpineConformance.Validation.Sds;

namespace SpineConformance.Validation.Tests.Rules;

/// <summary>
/// The catalogue as a whole: the synchronous HTTP rules, the HL7 rules, the ebXML packaging, header and routing rules, and the SDS registration rules. A rule id names one refusal,
/// whichever family reports it, so a report, a requirement or a search for it finds that refusal alone.
/// </summary>
public sealed class RuleCatalogueTests
{
    private static IEnumerable<string> EveryRuleId() =>
    [
        .. SyncHttpRules.All.Select(r => r.Id),
        .. ValidationProfiles.AllRules.Select(r => r.Id),
        .. LrValidationProfiles.AllRules.Select(r => r.Id).Except(ValidationProfiles.AllRules.Select(r => r.Id)),
        .. EbxmlRules.All.Select(r => r.Id),
        .. EbxmlRouteRules.All.Select(r => r.Id),
        .. EbxmlPackagingRules.All.Select(r => r.Id),
        .. SdsRegistrationRules.All.Select(r => r.Id),
        RuleSet<MessageUnderTest>.RuleCrashedId,
    ];

    [Test]
    public void EveryRuleId_IsUniqueAcrossTheCatalogue() =>
        Assert.That(EveryRuleId(), Is.Unique);

    [Test]
    public void EveryRule_HasABreakingCase()
    {
        // Every refusal the catalogue names can be seen to happen: one message per rule, broken in that one way. A rule
        // that crashes is proved by the rule sets' own tests, with a rule made to crash.
        var broken = BreakingCases().ToHashSet();

        Assert.That(EveryRuleId().Where(id => id != RuleSet<MessageUnderTest>.RuleCrashedId && !broken.Contains(id)), Is.Empty);
    }

    [Test]
    public void EveryRuleId_IsWrittenOutInFullInItsSource()
    {
        // A rule id assembled from parts cannot be found by searching for it; each must appear whole in the library's source.
        var source = string.Join('\n', Directory.EnumerateFiles(LibrarySourceFolder(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        Assert.That(EveryRuleId().Where(id => !source.Contains($"\"{id}\"", StringComparison.Ordinal)), Is.Empty);
    }

    private static IEnumerable<string> BreakingCases() =>
    [
        .. BrokenHttpRequests.All().Select(c => c.RuleId),
        .. BrokenGetRequests.All().Concat(BrokenSetRequests.All()).Concat(BrokenHasRequests.All()).Concat(BrokenLrRequests.All()).Select(c => c.RuleId),
        .. BrokenEbxmlPackages.All().Select(c => c.RuleId),
        .. Ebxml.EbxmlRuleTests.Breakages().Select(c => (string)c.Arguments[0]!),
        .. BrokenEbxmlRoutes.All().Select(c => c.RuleId),
        .. BrokenSdsRegistrations.All().Select(c => c.RuleId),
    ];

    private static string LibrarySourceFolder()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "SpineConformance.Validation");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Ignore("The SpineConformance.Validation sources are not beside this build.");
        return string.Empty;
    }
}
