using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.ReferenceSut.Defects;
using SpineConformance.Testing;

namespace SpineConformance.ReferenceSut.Tests.Defects;

/// <summary>
/// The message seams: with no defect on a request goes exactly as built; each transport, wrapper and payload defect
/// changes at least one request the SUT sends, and a behaviour defect changes none.
/// </summary>
public sealed class MessageDefectsTests
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;
    private static readonly XNamespace Crs = SpineNamespaces.Crs;

    private static IEnumerable<Defect> MessageDefects() => DefectCatalogue.All.Where(d => d.Category != DefectCategory.Behaviour);

    private static IEnumerable<Defect> BehaviourDefects() => DefectCatalogue.All.Where(d => d.Category == DefectCategory.Behaviour);

    [Test]
    public void NoDefectOn_EveryRequestGoesAsBuilt() =>
        Assert.That(Samples().Where(s => s.Spoiled(DefectSwitches.None) != s.Original()).Select(s => s.Name), Is.Empty);

    [TestCaseSource(nameof(MessageDefects))]
    public void AMessageDefect_ChangesAtLeastOneRequest(Defect defect) =>
        Assert.That(Samples().Where(s => s.Spoiled(On(defect)) != s.Original()), Is.Not.Empty, $"{defect} changes nothing the SUT sends");

    [TestCaseSource(nameof(BehaviourDefects))]
    public void ABehaviourDefect_ChangesNoRequest(Defect defect) =>
        Assert.That(Samples().Where(s => s.Spoiled(On(defect)) != s.Original()).Select(s => s.Name), Is.Empty);

    [Test]
    public void NhsNumberCheckDigit_SendsOneBadNumber_WhereverTheNumberAppears()
    {
        var set = SampleRequests.Set("9434765919");

        SoapRequestDefects.Apply(On(DefectCatalogue.NhsNumberCheckDigit), AcsInteractions.Set, set);

        var context = set.Descendants(Crs + "resourceContext").Single().Attribute("extension")!.Value;
        Assert.That(NhsNumber.IsValid(context), Is.False, context);
        Assert.That(set.Descendants(Crs + "Id").Select(i => i.Value), Has.All.EqualTo(context));
    }

    [Test]
    public void AsidsSwapped_SwapsHeaderAndBodyAlike_SoTheyStillAgree()
    {
        var get = SampleRequests.Get();

        SoapRequestDefects.Apply(On(DefectCatalogue.AsidsSwapped), AcsInteractions.Get, get);

        var message = SyncMessage.From(get)!;
        Assert.That((message.HeaderSenderAsid, message.BodySenderAsid, message.HeaderReceiverAsid, message.BodyReceiverAsid),
            Is.EqualTo((SampleRequests.SpineAsid, SampleRequests.SpineAsid, SampleRequests.SenderAsid, SampleRequests.SenderAsid)));
    }

    [Test]
    public void EbxmlMessageIdLowerCase_IsTheIdTheMhsRecordsAndTheManifestNames()
    {
        var (sent, wire) = EbxmlRequestDefects.Write(On(DefectCatalogue.EbxmlMessageIdLowerCase), LrCreate());

        var read = EbxmlReader.Read(wire.ContentType, wire.Body.Span);
        Assert.That(sent.Header.MessageId, Is.EqualTo(SampleEbxml.MessageId.ToLowerInvariant()));
        Assert.That(read.Message.Header.MessageId, Is.EqualTo(sent.Header.MessageId));
        Assert.That(read.Problems, Is.Empty, "the payload is still found by its Content-Id");
    }

    [Test]
    public void EbxmlSpoilers_LeaveTheCallersPayloadAsItWas()
    {
        var message = LrCreate();
        var before = message.Payload!.ToString(SaveOptions.DisableFormatting);

        EbxmlRequestDefects.Write(On(DefectCatalogue.LrTypeCodeSystem), message);

        Assert.That(message.Payload.ToString(SaveOptions.DisableFormatting), Is.EqualTo(before));
    }

    [Test]
    public void CreationTimeAtStartUp_AndWsaMessageIdReused_RepeatTheFirstRequestsValues()
    {
        var memory = new DefectMemory();
        var switches = new DefectSwitches([DefectCatalogue.CreationTimeAtStartUp.Id, DefectCatalogue.WsaMessageIdReused.Id]);
        var (first, second) = (SampleRequests.Get(), SampleRequests.Get());
        second.Descendants(V3 + "creationTime").Single().SetAttributeValue("value", "20991231235959");
        second.Root!.Descendants(SpineNamespaces.Wsa + "MessageID").Single().Value = "uuid:11111111-1111-1111-1111-111111111111";

        SoapRequestDefects.Apply(switches, AcsInteractions.Get, first, memory);
        SoapRequestDefects.Apply(switches, AcsInteractions.Get, second, memory);

        Assert.That(SyncMessage.From(second)!.MessageId, Is.EqualTo(SyncMessage.From(first)!.MessageId));
        Assert.That(second.Descendants(V3 + "creationTime").Single().Attribute("value")!.Value,
            Is.EqualTo(first.Descendants(V3 + "creationTime").Single().Attribute("value")!.Value));
    }

    [Test]
    public void ResourceContextOdsOid_PutsTheOdsOidInTheSlot_AndKeepsTheNumber()
    {
        var get = SampleRequests.Get("9434765919");

        SoapRequestDefects.Apply(On(DefectCatalogue.ResourceContextOdsOid), AcsInteractions.Get, get);

        var context = get.Descendants(Crs + "resourceContext").Single();
        Assert.That((context.Attribute("root")!.Value, context.Attribute("extension")!.Value), Is.EqualTo((Hl7MessageDefects.OdsCodeOid, "9434765919")));
    }

    private static DefectSwitches On(Defect defect) => new([defect.Id]);

    // Stateful defects repeat what an earlier request carried: here, values no sample carries, so each such defect shows.
    private static DefectMemory Primed()
    {
        var memory = new DefectMemory();
        memory.FirstOf(DefectMemory.CreationTime, "20200101000000");
        memory.FirstOf(DefectMemory.WsaMessageId, "uuid:00000000-0000-4000-8000-000000000000");
        memory.FirstOf(DefectMemory.AuthorRoleProfile, "999999999991");
        memory.FirstOf(DefectMemory.AuthorUser, "999999999992");
        memory.FirstOf(DefectMemory.AuthorJobRole, "R9999");
        return memory;
    }

    private static EbxmlMessage LrCreate() =>
        SampleEbxml.Reliable(LrSampleRequests.Create(), LrInteractions.RequestCreateLr.Service, LrInteractions.RequestCreateLrId);

    // A request of each kind the SUT sends, with what goes on the wire as text, so any spoiler's change shows.
    private static IEnumerable<Sample> Samples()
    {
        yield return Sync("Get", AcsInteractions.Get, () => SampleRequests.Get());
        yield return Sync("Has", AcsInteractions.Has, () => SampleRequests.Has());
        foreach (var permission in new[] { AcsPermission.Yes, AcsPermission.No, AcsPermission.Clear })
        {
            yield return Sync($"Set {permission}", AcsInteractions.Set, () => SampleRequests.Set(permission: permission));
        }

        yield return Sync("LR confirmation", LrInteractions.QueryConfirmationShort, () => LrSampleRequests.Confirmation());
        yield return Async("LR create", LrCreate);
        yield return Async("LR self-claim", () => SampleEbxml.Reliable(LrSampleRequests.CreateSelfClaim(), LrInteractions.RequestCreateLr.Service, LrInteractions.RequestCreateLrId));
        yield return Async("LR status change", () => SampleEbxml.Reliable(LrSampleRequests.StatusChange(), LrInteractions.RequestStatusChange.Service, LrInteractions.RequestStatusChangeId));
    }

    private static Sample Sync(string name, SyncInteraction interaction, Func<XDocument> build) => new(name, switches =>
    {
        var envelope = build();
        var soapAction = SoapRequestDefects.Apply(switches, interaction, envelope, Primed());
        return soapAction + "\n" + envelope.ToString(SaveOptions.DisableFormatting);
    });

    private static Sample Async(string name, Func<EbxmlMessage> build) => new(name, switches =>
    {
        var (_, wire) = EbxmlRequestDefects.Write(switches, build(), Primed());
        return wire.SoapAction + "\n" + System.Text.Encoding.UTF8.GetString(wire.Body.Span);
    });

    private sealed record Sample(string Name, Func<DefectSwitches, string> Spoiled)
    {
        public string Original() => Spoiled(DefectSwitches.None);

        public override string ToString() => Name;
    }
}
