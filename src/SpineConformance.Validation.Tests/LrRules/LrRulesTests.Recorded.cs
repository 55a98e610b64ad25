using System.Globalization;
using System.Text;
using SpineConformance.Testing;
using SpineConformance.Validation.Lr;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Tests.LrRules;

/// <summary>
/// The Create LR and status change rules as recorded in <c>LrCreateAndStatusChange.verified.txt</c>: each rule's id, fault,
/// source and description, and every finding each breakage of these two interactions gives (rule, fault, place, line,
/// expected, actual, message). Building the rules differently must leave all of it as it is, word for word.
/// </summary>
public sealed partial class LrRulesTests
{
    private const string RecordedFile = "LrCreateAndStatusChange.verified.txt";

    [Test]
    public void CreateAndStatusChangeRules_DescriptionsAndFindings_AreAsRecorded()
    {
        var actual = Record();
        var folder = TestSourceFolder();
        var recorded = Path.Combine(folder, RecordedFile);
        var expected = File.Exists(recorded) ? File.ReadAllText(recorded) : string.Empty;
        if (actual != expected)
        {
            File.WriteAllText(Path.Combine(folder, Path.ChangeExtension(RecordedFile, null).Replace(".verified", ".received", StringComparison.Ordinal) + ".txt"), actual);
        }

        Assert.That(actual, Is.EqualTo(expected), $"The rules or their findings changed; what they are now is in {folder}, beside {RecordedFile}.");
    }

    private static string Record()
    {
        var text = new StringBuilder();
        foreach (var rule in LrCreateRules.All.Concat(LrStatusChangeRules.All))
        {
            text.Append(RuleLine(rule)).Append('\n');
        }

        foreach (var broken in Cases().Where(c => c.RuleId.StartsWith("LR-CREATE-", StringComparison.Ordinal) || c.RuleId.StartsWith("LR-SC-", StringComparison.Ordinal)))
        {
            text.Append('\n').Append(broken).Append('\n');
            foreach (var finding in Validate(broken.Build(), broken.SoapAction).Findings)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {finding.RuleId} | {finding.FaultName} | {finding.Layer} | {finding.Severity} | {finding.XPath} | line {finding.Line}\n")
                    .Append(CultureInfo.InvariantCulture, $"    expected {finding.Expected} | actual {finding.Actual}\n")
                    .Append(CultureInfo.InvariantCulture, $"    {finding.Message}\n");
            }
        }

        return text.ToString();
    }

    private static string RuleLine(MessageRule rule) => $"{rule.Id} | {rule.FaultName} | {rule.Layer} | {rule.Severity} | {rule.Source} | {rule.Description}";

    private static string TestSourceFolder()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "SpineConformance.Validation.Tests", "LrRules");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Ignore("The SpineConformance.Validation.Tests sources are not beside this build.");
        return string.Empty;
    }
}
