using System.Text;
using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;

namespace SpineConformance.Hl7.Tests.Soap;

/// <summary>
/// The answers the simulator writes straight to UTF-8 are, byte for byte, what the general writer makes of the same
/// answer as a document (<see cref="SoapEnvelope.ToBytes"/>): the wire does not depend on which way an answer was written.
/// Each case also checks which way it went, so a writer that always gave up (and fell back) could not pass unnoticed.
/// </summary>
public sealed class WrittenAnswerTests
{
    private static readonly ResponseContext Context = SampleRequests.ResponseContext();

    public static IEnumerable<TestCaseData> PlainAnswers()
    {
        yield return Case("Get, nothing held", AcsMessages.GetAnswerParts(Context, new ResourcePermissions("9434765919", [])));
        yield return Case("Get, View and Store held", AcsMessages.GetAnswerParts(Context, new ResourcePermissions("9000000009",
        [
            AccessControlAssertion.ForScr("9000000009", AcsFunction.View, AcsPermission.No),
            AccessControlAssertion.ForScr("9000000009", AcsFunction.Store, AcsPermission.Yes),
        ])));
        yield return Case("Get, user data, no accessor, an empty accessor name and an empty resource id", AcsMessages.GetAnswerParts(Context,
            new ResourcePermissions("9000000009",
            [
                new AccessControlAssertion("Yes", "SCR", "9000000009", "Consent", "View", null, null) { UserData = "reason given" },
                new AccessControlAssertion("No", "SCR", string.Empty, "Consent", "Store", "Everyone", null),
            ])));
        yield return Case("Has, echoing escaped and non-ASCII text", AcsMessages.HasAnswerParts(Context, new ResourcePermissions("9000000009",
        [
            new AccessControlAssertion("Ask", "SCR & <more>", "\"quoted\" 'single'", "Consent", "View", "Role > user", "Zoë Ångström €"),
        ])));
        yield return Case("Set, AA", AcsMessages.AcknowledgementParts(AcsInteractions.Set, Context, AcknowledgementType.AA, []));
        yield return Case("Get, AE with reasons", AcsMessages.AcknowledgementParts(AcsInteractions.Get, Context, AcknowledgementType.AE,
        [
            new DetectedIssue("400", Hl7Constants.PsisDetectedIssueCodeSystem, "Invalid Request"),
            new DetectedIssue("35506", Hl7Constants.PsisDetectedIssueCodeSystem, "Mandatory field \"Resource Ctx\" <missing> & wrong"),
        ]));
        yield return Case("LR confirmation, short", LrMessages.QueryResponseParts(
            LrInteractions.QueryConfirmationShort, Context, LrPayloadXml.Write(LRExists.Of(true)), null));
        yield return Case("LR confirmation, history with a status and a time", LrMessages.QueryResponseParts(
            LrInteractions.QueryConfirmationHistory, Context, LrPayloadXml.Write(ConfirmHistory.Of(false, "03", "20261122101501")), null));
        yield return Case("LR confirmation, history with a warning", LrMessages.QueryResponseParts(
            LrInteractions.QueryConfirmationHistory, Context, LrPayloadXml.Write(ConfirmHistory.Of(false)),
            [LrMessages.LrIssue("99", "A warning")]));
        yield return Case("a different context: another sender, request ids and time", AcsMessages.GetAnswerParts(
            new ResponseContext("uuid:A", "B", "20270101000000", "uuid:C-D", "E", "123456789012", "210987654321"),
            new ResourcePermissions("9434765919", [AccessControlAssertion.ForScr("9434765919", AcsFunction.View, AcsPermission.Yes)])));
    }

    [TestCaseSource(nameof(PlainAnswers))]
    public void WrittenStraight_IsTheGeneralWritersBytes(SyncResponseParts parts)
    {
        var general = SoapEnvelope.ToBytes(parts.ToDocument());

        var straight = parts.Write();

        Assert.That(Encoding.UTF8.GetString(straight), Is.EqualTo(Encoding.UTF8.GetString(general)));
        Assert.That(straight, Is.EqualTo(general));
        Assert.That(parts.ToAnswer().ToBytes(), Is.EqualTo(general));
    }

    public static IEnumerable<TestCaseData> AnswersLeftToTheGeneralWriter()
    {
        yield return Case("a tab in a quoted value", Has("line\tone"));
        yield return Case("a line end in a quoted value", Has("line\r\ntwo"));
        yield return Case("a character XML cannot carry", Has("bell\u0007"));
        yield return Case("a character outside the BMP (a surrogate pair)", Has("smile \U0001F600"));
        yield return Case("a lone surrogate", Has("broken \uD800"));
        yield return Case("a payload in a namespace the envelope does not declare", AcsMessages.GetAnswerParts(Context,
            new ResourcePermissions("9000000009", [])) with
        {
            ControlAct = new XElement(SpineNamespaces.Hl7 + "ControlActEvent", new XElement(XNamespace.Get("urn:other") + "thing", "x")),
        });
        yield return Case("mixed content", AcsMessages.GetAnswerParts(Context, new ResourcePermissions("9000000009", [])) with
        {
            ControlAct = new XElement(SpineNamespaces.Hl7 + "ControlActEvent", "text", new XElement(SpineNamespaces.Hl7 + "code")),
        });
    }

    [TestCaseSource(nameof(AnswersLeftToTheGeneralWriter))]
    public void Unusual_IsLeftToTheGeneralWriter_WithTheSameBytes(SyncResponseParts parts)
    {
        Assert.That(() => parts.Write(), Throws.TypeOf<UnwritableAnswerException>());
        Assert.That(parts.ToAnswer().ToBytes(), Is.EqualTo(SoapEnvelope.ToBytes(parts.ToDocument())));
    }

    [Test]
    public void DocumentAnswer_IsWrittenTheGeneralWay()
    {
        var document = SoapFault.NotWellFormed("bad").ToDocument();

        SoapAnswer answer = document;

        Assert.Multiple(() =>
        {
            Assert.That(answer.ToBytes(), Is.EqualTo(SoapEnvelope.ToBytes(document)));
            Assert.That(answer.ToDocument(), Is.SameAs(document));
        });
    }

    private static SyncResponseParts Has(string accessorName) => AcsMessages.HasAnswerParts(Context,
        new ResourcePermissions("9000000009", [new AccessControlAssertion("Ask", "SCR", "9000000009", "Consent", "View", "User", accessorName)]));

    private static TestCaseData Case(string name, SyncResponseParts parts) => new TestCaseData(parts).SetName(name);
}
