using SpineConformance.Testing;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Sds;

namespace SpineConformance.Validation.Tests.Sds;

public sealed class SdsRegistrationRulesTests
{
    private const string Service = "urn:nhs:names:services:pdsquery";

    private static IEnumerable<BrokenSdsRegistrations.Breakage> Cases() => BrokenSdsRegistrations.All();

    [Test]
    public void Validate_SenderRegisteredForTheInteraction_PassesBoth()
    {
        var findings = SdsRegistrationRules.Validate(Request(senderKnown: true, registered: true), strict: true);

        Assert.That(findings, Is.Empty);
    }

    [TestCaseSource(nameof(Cases))]
    public void Validate_BrokenRegistrationInStrictMode_IsItsRuleAloneAsAnError(BrokenSdsRegistrations.Breakage broken)
    {
        var finding = SdsRegistrationRules.Validate(Request(broken.SenderKnown, broken.RegisteredForInteraction), strict: true).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.RuleId, Is.EqualTo(broken.RuleId));
            Assert.That(finding.Layer, Is.EqualTo(ValidationLayer.Transport));
            Assert.That(finding.Severity, Is.EqualTo(Severity.Error));
            Assert.That(finding.Message, Does.Contain($"/admin/directory/systems/{SampleRequests.SenderAsid}"));
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void Validate_BrokenRegistrationByDefault_IsAWarning(BrokenSdsRegistrations.Breakage broken)
    {
        var finding = SdsRegistrationRules.Validate(Request(broken.SenderKnown, broken.RegisteredForInteraction), strict: false).Single();

        Assert.That((finding.RuleId, finding.Severity), Is.EqualTo((broken.RuleId, Severity.Warning)));
    }

    [Test]
    public void Validate_UnknownAsid_TellsTheSenderHowToRegisterIt()
    {
        var finding = SdsRegistrationRules.Validate(Request(senderKnown: false, registered: false), strict: true).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.FaultName, Is.EqualTo(SdsRegistrationRules.AsidFault));
            Assert.That(finding.Message, Is.EqualTo($"The sending ASID '{SampleRequests.SenderAsid}' is not registered in the simulator's SDS directory "
                + $"(GET /admin/directory). Register it with PUT /admin/directory/systems/{SampleRequests.SenderAsid}."));
        });
    }

    [Test]
    public void Validate_InteractionNotRegistered_NamesTheServiceAndInteraction()
    {
        var finding = SdsRegistrationRules.Validate(Request(senderKnown: true, registered: false), strict: true).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.FaultName, Is.EqualTo(SdsRegistrationRules.InteractionFault));
            Assert.That(finding.XPath, Is.EqualTo("wsa:Action"));
            Assert.That(finding.Message, Does.StartWith($"ASID {SampleRequests.SenderAsid} is not registered in SDS for {Service}:QUPA_IN040000UK32."));
        });
    }

    [Test]
    public void EverySdsRegistrationRule_HasABreakingCase()
    {
        var broken = Cases().Select(c => c.RuleId).ToHashSet();

        Assert.That(SdsRegistrationRules.All.Select(r => r.Id).Where(id => !broken.Contains(id)), Is.Empty);
    }

    private static SdsRegistrationRequest Request(bool senderKnown, bool registered) =>
        new(SampleRequests.SenderAsid, Service, "QUPA_IN040000UK32",
            senderKnown ? new SdsRegisteredSender(SampleRequests.SenderAsid, registered) : null);
}
