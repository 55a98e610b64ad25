using System.Text;
using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Lr;
using SpineConformance.Testing;
using SpineConformance.Validation.Captured;

namespace SpineConformance.Validation.Tests.Captured;

public sealed class CapturedMessageTests
{
    private static string Example(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "examples", name);

    private static byte[] Bytes(XDocument document) => Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting));

    private static MessageCheck Check(byte[] bytes, string? interaction = null) =>
        CapturedMessageValidator.Validate(CapturedMessage.Read(bytes), interaction, "test");

    private static byte[] WithHttpHead(byte[] body, string soapAction) =>
        [.. Encoding.ASCII.GetBytes($"POST /sync-service HTTP/1.1\r\nHost: spine\r\nContent-Type: text/xml; charset=utf-8\r\nSOAPAction: \"{soapAction}\"\r\n\r\n"), .. body];

    [Test]
    public void AValidGet_IsReadAsSynchronousSoap_AndPasses()
    {
        var check = Check(Bytes(SampleRequests.Get()));

        Assert.That(check.Kind, Is.EqualTo(CapturedMessageKind.SyncSoap));
        Assert.That(check.InteractionId, Is.EqualTo(AcsInteractions.Get.InteractionId));
        Assert.That(check.IsValid, Is.True, check.ToString());
    }

    [Test]
    public void AGetWithABadCheckDigit_FailsOnItsRule_NamingWhereAndWhat()
    {
        var check = Check(Bytes(SampleRequests.Get("9434765918")));

        Assert.That(check.IsValid, Is.False);
        var finding = check.Errors.Single(f => f.RuleId == "ACS-GET-NHS-NUMBER");
        Assert.That(finding.XPath, Does.EndWith("resourceContext/@extension"));
        Assert.That(finding.Actual, Does.Contain("9434765918"));
        Assert.That(check.ToString(), Does.Contain("ACS-GET-NHS-NUMBER").And.Contain("9434765918"));
    }

    [Test]
    public void CapturedHttpHeaders_AreJudged_AndWithoutThemTheSoapActionIsNot()
    {
        var body = Bytes(SampleRequests.Get());

        var wrong = Check(WithHttpHead(body, "urn:nhs:names:services:lrsquery/SET_RESOURCE_PERMISSIONS_INUK01"));
        var right = Check(WithHttpHead(body, AcsInteractions.Get.Action));
        var bare = Check(body);

        Assert.That(wrong.Errors.Select(f => f.RuleId), Does.Contain("SYNC-HTTP-SOAPACTION"), wrong.ToString());
        Assert.That(right.IsValid, Is.True, right.ToString());
        Assert.That(bare.IsValid, Is.True, "a body captured without its headers is not blamed for a header nobody saw");
    }

    [Test]
    public void AnLrPayloadWithoutItsEnvelope_IsReadAsBareHl7_AndChecked()
    {
        var check = Check(Bytes(LrSampleRequests.Create()));

        Assert.That(check.Kind, Is.EqualTo(CapturedMessageKind.BareHl7));
        Assert.That(check.InteractionId, Is.EqualTo(LrInteractions.RequestCreateLrId));
        Assert.That(check.IsValid, Is.True, check.ToString());
    }

    [Test]
    public void TheExampleEbxmlPackage_IsReadAndPasses_AndABrokenBoundaryIsReported()
    {
        var bytes = File.ReadAllBytes(Example("create-lr-reliable.msg"));
        var check = Check(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        // The closing delimiter gone: the package never ends.
        var broken = Check(Encoding.UTF8.GetBytes(text[..text.LastIndexOf("--", StringComparison.Ordinal)].TrimEnd()[..^2]));

        Assert.That(check.Kind, Is.EqualTo(CapturedMessageKind.Ebxml));
        Assert.That(check.InteractionId, Is.EqualTo(LrInteractions.RequestCreateLrId));
        Assert.That(check.IsValid, Is.True, check.ToString());
        Assert.That(broken.IsValid, Is.False, broken.ToString());
    }

    [Test]
    public void CheckedAsAnotherInteraction_TheMessageFailsNamingBoth()
    {
        var check = Check(Bytes(SampleRequests.Get()), AcsInteractions.Set.InteractionId);

        var finding = check.Errors.Single(f => f.RuleId == CapturedMessageValidator.InteractionRuleId);
        Assert.That(finding.Expected, Is.EqualTo(AcsInteractions.Set.InteractionId));
        Assert.That(finding.Actual, Is.EqualTo(AcsInteractions.Get.InteractionId));
    }

    private static IEnumerable<TestCaseData> Unreadable() =>
    [
        new TestCaseData(Array.Empty<byte>(), "empty").SetArgDisplayNames("empty"),
        new TestCaseData(new byte[] { 0x7f, 0x45, 0x4c, 0x46, 0, 1 }, "binary").SetArgDisplayNames("binary"),
        new TestCaseData(new byte[] { (byte)'<', 0xff, 0xfe, (byte)'>' }, "not UTF-8").SetArgDisplayNames("Latin-1"),
        new TestCaseData(Encoding.UTF8.GetBytes("hello, Spine"), "neither XML nor a MIME package").SetArgDisplayNames("plain text"),
        new TestCaseData(Encoding.UTF8.GetBytes("<a><b></a>"), "not well formed").SetArgDisplayNames("malformed"),
        new TestCaseData(Encoding.UTF8.GetBytes("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"), "not well formed").SetArgDisplayNames("external entity"),
        new TestCaseData(Encoding.UTF8.GetBytes("<html><body/></html>"), "neither a SOAP envelope nor an HL7 V3 interaction").SetArgDisplayNames("HTML"),
    ];

    [TestCaseSource(nameof(Unreadable))]
    public void WhatIsNotAMessage_IsNotChecked_AndSaysWhy(byte[] bytes, string reason)
    {
        var check = Check(bytes);

        Assert.That(check.Unreadable, Does.Contain(reason));
        Assert.That(check.IsValid, Is.False, "a file that could not be read is never valid");
    }

    [Test]
    public void AnInteractionWithoutRules_IsNotCheckedRatherThanPassed()
    {
        var other = SampleRequests.Get().ToString().Replace("GET_RESOURCE_PERMISSIONS_INUK01", "PRPA_IN000000UK01", StringComparison.Ordinal);

        var check = Check(Encoding.UTF8.GetBytes(other));

        Assert.That(check.Unreadable, Does.Contain("PRPA_IN000000UK01").And.Contain("known:"));
        Assert.That(check.IsValid, Is.False);
    }

    [Test]
    public void AFileLargerThanTheLimit_IsRefusedBeforeItIsRead()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var file = File.OpenWrite(path))
            {
                file.SetLength(CapturedMessage.MaxBytes + 1);
            }

            var read = CapturedMessage.ReadFile(path);

            Assert.That(read.Kind, Is.EqualTo(CapturedMessageKind.Unreadable));
            Assert.That(read.Unreadable, Does.Contain("16 MiB"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void MessageAssert_FailsWithEveryFindingInItsMessage()
    {
        var bytes = Bytes(SampleRequests.Get("9434765918"));

        var failure = Assert.Throws<MessageInvalidException>(() => MessageAssert.IsValid(bytes))!;

        Assert.That(failure.Message, Does.Contain("ACS-GET-NHS-NUMBER").And.Contain("ErrorBase1712.MANDATORY_DATA_MISSING"));
        Assert.That(MessageAssert.IsValid(Bytes(SampleRequests.Get())).IsValid, Is.True);
    }
}
