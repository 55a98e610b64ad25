using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Validation.Ebxml;
using static SpineConformance.Validation.Tests.Ebxml.EbxmlMutations;

namespace SpineConformance.Validation.Tests.Ebxml;

public sealed class EbxmlRuleTests
{
    private static readonly EbxmlPattern[] All = [EbxmlPattern.Express, EbxmlPattern.Reliable, EbxmlPattern.ForwardReliable];
    private static readonly EbxmlPattern[] ReliableOnes = [EbxmlPattern.Reliable, EbxmlPattern.ForwardReliable];
    private static readonly EbxmlPattern[] SingleReference = [EbxmlPattern.Express, EbxmlPattern.Reliable];

    private const string NotWellFormed = EbxmlFaults.MessageNotWellFormed;

    // One way to break each rule, with the patterns whose validator holds it and the fault Spine names.
    internal static IEnumerable<TestCaseData> Breakages()
    {
        var cases = new (string Rule, string? Fault, EbxmlPattern[] Patterns, Action<XDocument> Break)[]
        {
            ("EBXML-SOAP-STRUCTURE", NotWellFormed, All, d => d.Root!.Add(new XElement(Soap + "Body"))),
            ("EBXML-HDR-FROM-PARTYID", NotWellFormed, All, d => MessageHeader(d).Element(Eb + "From")!.Element(Eb + "PartyId")!.Value = string.Empty),
            ("EBXML-HDR-TO-PARTYID", NotWellFormed, All, d => MessageHeader(d).Element(Eb + "To")!.Remove()),
            ("EBXML-HDR-CPAID", NotWellFormed, All, d => Field(d, "CPAId").Value = string.Empty),
            ("EBXML-HDR-CONVERSATIONID", NotWellFormed, All, d => Field(d, "ConversationId").Remove()),
            ("EBXML-HDR-SERVICE", NotWellFormed, All, d => Field(d, "Service").Value = string.Empty),
            ("EBXML-HDR-ACTION", NotWellFormed, All, d => Field(d, "Action").AddAfterSelf(new XElement(Eb + "Action", "again"))),
            ("EBXML-HDR-MESSAGEDATA", NotWellFormed, All, d => Field(d, "MessageData").Remove()),
            ("EBXML-HDR-MESSAGEID", NotWellFormed, All, d => Field(d, "MessageId").Value = string.Empty),
            ("EBXML-HDR-TIMESTAMP", NotWellFormed, All, d => Field(d, "Timestamp").Remove()),
            ("EBXML-HDR-VERSION", EbxmlFaults.InvalidMessageHeaderVersion, All, d => MessageHeader(d).Attribute(Eb + "version")!.Value = "1.0"),
            ("EBXML-HDR-MESSAGEID-FORMAT", null, All, d => Field(d, "MessageId").Value = "uuid:" + Field(d, "MessageId").Value),
            ("EBXML-MANIFEST-VERSION", EbxmlFaults.InvalidManifestReference, All, d => Manifest(d).Attribute(Eb + "version")!.Value = "1.0"),
            ("EBXML-MANIFEST-REFERENCE-COUNT", EbxmlFaults.InvalidManifestReference, SingleReference, d => Manifest(d).Elements(Eb + "Reference").Remove()),
            ("EBXML-MANIFEST-REFERENCE-HREF", EbxmlFaults.InvalidManifestReference, SingleReference,
                d => Manifest(d).Element(Eb + "Reference")!.Attribute(EbxmlNamespaces.Xlink + "href")!.Value = "cid:"),
            ("EBXML-PATTERN-ACK-REQUESTED-VERSION", EbxmlFaults.AckRequestedVersionInvalid, ReliableOnes, d => Header(d).Element(Eb + "AckRequested")!.Attribute(Eb + "version")!.Remove()),
            ("EBXML-PATTERN-ACK-REQUESTED-SIGNED", EbxmlFaults.AckRequestedSignedInvalid, ReliableOnes, d => Header(d).Element(Eb + "AckRequested")!.Attribute(Eb + "signed")!.Value = "true"),
            ("EBXML-PATTERN-SYNC-REPLY-VERSION", EbxmlFaults.SyncReplyVersionInvalid, [EbxmlPattern.Reliable], d => Header(d).Element(Eb + "SyncReply")!.Attribute(Eb + "version")!.Value = "1.0"),
            ("EBXML-PATTERN-SYNC-REPLY-ACTOR", EbxmlFaults.SyncReplyActorInvalid, [EbxmlPattern.Reliable],
                d => Header(d).Element(Eb + "SyncReply")!.Attribute(Soap + "actor")!.Value = EbxmlConstants.ToPartyMshActor),
        };
        foreach (var (rule, fault, patterns, breakIt) in cases)
        {
            foreach (var pattern in patterns)
            {
                yield return new TestCaseData(rule, fault, pattern, breakIt).SetArgDisplayNames(rule, pattern.ToString());
            }
        }

        // The pattern rules break differently per pattern: add what must be absent, remove what must be present.
        yield return Case("EBXML-PATTERN-DUPLICATE-ELIMINATION", EbxmlFaults.DuplicateEliminationInconsistent, EbxmlPattern.Express, d => MessageHeader(d).Add(new XElement(Eb + "DuplicateElimination")));
        yield return Case("EBXML-PATTERN-DUPLICATE-ELIMINATION", EbxmlFaults.DuplicateEliminationInconsistent, EbxmlPattern.Reliable, d => Field(d, "DuplicateElimination").Remove());
        yield return Case("EBXML-PATTERN-DUPLICATE-ELIMINATION", EbxmlFaults.DuplicateEliminationInconsistent, EbxmlPattern.ForwardReliable, d => Field(d, "DuplicateElimination").Remove());
        yield return Case("EBXML-PATTERN-ACK-REQUESTED", EbxmlFaults.AckRequestedInconsistent, EbxmlPattern.Express, d => Header(d).Add(new XElement(Eb + "AckRequested")));
        yield return Case("EBXML-PATTERN-ACK-REQUESTED", EbxmlFaults.AckRequestedInconsistent, EbxmlPattern.Reliable, d => Header(d).Element(Eb + "AckRequested")!.Remove());
        yield return Case("EBXML-PATTERN-ACK-REQUESTED", EbxmlFaults.AckRequestedInconsistent, EbxmlPattern.ForwardReliable, d => Header(d).Element(Eb + "AckRequested")!.Remove());
        yield return Case("EBXML-PATTERN-ACK-REQUESTED-ACTOR", EbxmlFaults.AckRequestedActorInvalid, EbxmlPattern.Reliable,
            d => Header(d).Element(Eb + "AckRequested")!.Attribute(Soap + "actor")!.Value = EbxmlConstants.NextMshActor);
        yield return Case("EBXML-PATTERN-ACK-REQUESTED-ACTOR", EbxmlFaults.AckRequestedActorInvalid, EbxmlPattern.ForwardReliable,
            d => Header(d).Element(Eb + "AckRequested")!.Attribute(Soap + "actor")!.Value = EbxmlConstants.ToPartyMshActor);
        yield return Case("EBXML-PATTERN-SYNC-REPLY", EbxmlFaults.SyncReplyInconsistent, EbxmlPattern.Reliable, d => Header(d).Element(Eb + "SyncReply")!.Remove());
        yield return Case("EBXML-PATTERN-SYNC-REPLY", EbxmlFaults.SyncReplyInconsistent, EbxmlPattern.ForwardReliable,
            d => Header(d).Add(new XElement(Eb + "SyncReply", new XAttribute(Eb + "version", "2.0"))));
    }

    private static TestCaseData Case(string rule, string fault, EbxmlPattern pattern, Action<XDocument> breakIt) =>
        new TestCaseData(rule, fault, pattern, breakIt).SetArgDisplayNames(rule, pattern.ToString());

    [TestCase(EbxmlPattern.Express)]
    [TestCase(EbxmlPattern.Reliable)]
    [TestCase(EbxmlPattern.ForwardReliable)]
    public void Validate_ValidSampleOfPattern_HasNoFindings(EbxmlPattern pattern)
    {
        var report = EbxmlValidator.Validate(Read(pattern), pattern);

        Assert.That(report.Findings, Is.Empty, report.ToString);
    }

    [TestCaseSource(nameof(Breakages))]
    public void Validate_RuleBroken_ReportsRuleWithFaultAndPlace(string ruleId, string? fault, EbxmlPattern pattern, Action<XDocument> breakIt)
    {
        var passing = EbxmlValidator.Validate(Read(pattern), pattern);
        var failing = EbxmlValidator.Validate(Read(pattern, breakIt), pattern);

        var finding = failing.Findings.FirstOrDefault(f => f.RuleId == ruleId);
        Assert.Multiple(() =>
        {
            Assert.That(passing.Findings.Where(f => f.RuleId == ruleId), Is.Empty);
            Assert.That(finding, Is.Not.Null, failing.ToString);
            Assert.That(finding?.FaultName, Is.EqualTo(fault));
            Assert.That(finding?.Layer, Is.EqualTo(Findings.ValidationLayer.Transport));
            Assert.That(finding?.XPath, Does.StartWith("/SOAP:Envelope"));
            Assert.That(finding?.Line, Is.Not.Null);
            Assert.That(failing.IsValid, Is.False);
        });
    }

    [Test]
    public void Validate_ExpressWithoutSyncReply_IsValidAsSpineDoesNotCheckIt()
    {
        var read = Read(EbxmlPattern.Express, d => Header(d).Element(Eb + "SyncReply")!.Remove());

        Assert.That(EbxmlValidator.Validate(read, EbxmlPattern.Express).Findings, Is.Empty);
    }

    [Test]
    public void Validate_HeaderVersionAbsent_PassesReliableButFailsForwardReliable()
    {
        static void DropVersion(XDocument d) => MessageHeader(d).Attribute(Eb + "version")!.Remove();

        Assert.Multiple(() =>
        {
            Assert.That(EbxmlValidator.Validate(Read(EbxmlPattern.Reliable, DropVersion), EbxmlPattern.Reliable).Findings, Is.Empty);
            Assert.That(EbxmlValidator.Validate(Read(EbxmlPattern.ForwardReliable, DropVersion), EbxmlPattern.ForwardReliable).Findings.Single().RuleId,
                Is.EqualTo("EBXML-HDR-VERSION"));
        });
    }

    [Test]
    public void Validate_ForwardReliableWithAttachments_AllowsSeveralReferences()
    {
        var message = Valid(EbxmlPattern.ForwardReliable) with
        {
            Attachments = [new EbxmlAttachment("doc@gp.example", "application/pdf", new byte[] { 1, 2, 3 }, EbxmlAttachment.Base64, "letter")],
        };

        Assert.That(EbxmlValidator.Validate(Read(message), EbxmlPattern.ForwardReliable).Findings, Is.Empty);
    }

    [Test]
    public void Validate_ReliableWithAttachments_FailsReferenceCount()
    {
        var message = Valid(EbxmlPattern.Reliable) with
        {
            Attachments = [new EbxmlAttachment("doc@gp.example", "text/plain", new byte[] { 65 }, EbxmlAttachment.EightBit, "note")],
        };

        Assert.That(EbxmlValidator.Validate(Read(message), EbxmlPattern.Reliable).Findings.Select(f => f.RuleId),
            Is.EqualTo(new[] { "EBXML-MANIFEST-REFERENCE-COUNT" }));
    }

    [Test]
    public void Validate_NoMessageHeader_ReportsEveryRequiredFieldOnce()
    {
        var report = EbxmlValidator.Validate(Read(EbxmlPattern.Express, d => MessageHeader(d).Remove()), EbxmlPattern.Express);

        Assert.That(report.Findings.Where(f => f.FaultName == EbxmlFaults.MessageNotWellFormed).Select(f => f.RuleId), Is.EquivalentTo(new[]
        {
            "EBXML-HDR-FROM-PARTYID", "EBXML-HDR-TO-PARTYID", "EBXML-HDR-CPAID", "EBXML-HDR-CONVERSATIONID", "EBXML-HDR-SERVICE",
            "EBXML-HDR-ACTION", "EBXML-HDR-MESSAGEDATA", "EBXML-HDR-MESSAGEID", "EBXML-HDR-TIMESTAMP",
        }));
    }

    [Test]
    public void Validate_LowerCaseMessageId_ExplainsExpectedForm()
    {
        var read = Read(EbxmlPattern.Reliable, d => Field(d, "MessageId").Value = Field(d, "MessageId").Value.ToLowerInvariant());

        var finding = EbxmlValidator.Validate(read, EbxmlPattern.Reliable).Findings.Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.RuleId, Is.EqualTo("EBXML-HDR-MESSAGEID-FORMAT"));
            Assert.That(finding.Actual, Does.Contain("c614484e"));
            Assert.That(finding.Expected, Does.Contain("upper-case GUID"));
        });
    }

    [Test]
    public void EveryEbxmlRule_HasABreakingCaseInEachPatternItHolds()
    {
        var covered = Breakages().Select(c => ((string)c.Arguments[0]!, (EbxmlPattern)c.Arguments[2]!)).ToHashSet();

        var missing = EbxmlRules.All.SelectMany(r => r.Patterns.Select(p => (r.Id, p))).Where(held => !covered.Contains(held));

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Rules_All_HaveUniqueIdsAndSources()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EbxmlRules.All.Select(r => r.Id), Is.Unique);
            Assert.That(EbxmlRules.All.Where(r => string.IsNullOrWhiteSpace(r.Source)).Select(r => r.Id), Is.Empty);
        });
    }
}
