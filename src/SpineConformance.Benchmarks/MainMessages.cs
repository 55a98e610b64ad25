using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Testing;

namespace SpineConformance.Benchmarks;

/// <summary>
/// The main messages as they go on the wire: the three ACS requests, an LR create (a reliable ebXML message) and an LR
/// confirmation query, with the answers the simulator gives them. Built once from the samples the unit tests start from,
/// so each benchmark works on a message the simulator accepts and answers AA.
/// </summary>
public static class MainMessages
{
    /// <summary>A seeded synthetic patient who has dissented: Get answers View No and Store No (README, "Quick start").</summary>
    public const string Patient = "9000000009";

    public static SyncWire AcsGet { get; } = new(AcsInteractions.Get, SoapEnvelope.ToBytes(SampleRequests.Get(Patient)));

    public static SyncWire AcsSet { get; } = new(AcsInteractions.Set, SoapEnvelope.ToBytes(SampleRequests.Set(Patient)));

    public static SyncWire AcsHas { get; } = new(AcsInteractions.Has, SoapEnvelope.ToBytes(SampleRequests.Has(Patient)));

    public static SyncWire LrConfirmation { get; } =
        new(LrInteractions.QueryConfirmationShort, SoapEnvelope.ToBytes(LrSampleRequests.Confirmation()));

    public static EbxmlHttpMessage LrCreate { get; } = EbxmlWriter.Write(LrCreateMessage());

    /// <summary>The ebXML header of <see cref="LrCreate"/>, which Spine's acknowledgment and reply answer.</summary>
    public static EbxmlHeader LrCreateHeader { get; } = LrCreateMessage().Header;

    /// <summary>What Spine holds for <see cref="Patient"/>, as Get answers it.</summary>
    public static ResourcePermissions Dissent { get; } = new(Patient,
        [AccessControlAssertion.ForScr(Patient, AcsFunction.View, AcsPermission.No), AccessControlAssertion.ForScr(Patient, AcsFunction.Store, AcsPermission.No)]);

    public static byte[] AcsGetAnswer { get; } = SoapEnvelope.ToBytes(AcsMessages.GetResponse(SampleRequests.ResponseContext(), Dissent));

    public static byte[] LrConfirmationAnswer { get; } = SoapEnvelope.ToBytes(LrMessages.ConfirmShort(SampleRequests.ResponseContext(), LRExists.Of(true)));

    public static EbxmlMessage LrCreateMessage() =>
        SampleEbxml.Reliable(LrSampleRequests.Create(), LrInteractions.LrsService, LrInteractions.RequestCreateLrId);

    /// <summary>The context Spine's asynchronous reply to <see cref="LrCreate"/> is built from.</summary>
    public static AsyncResponseContext LrReplyContext() => new(
        "66666666-7777-8888-9999-AAAAAAAAAAAA", "20261122101501", SampleRequests.Outgoing().Hl7MessageId, SampleRequests.SenderAsid, SampleRequests.SpineAsid);

    /// <summary>Spine's reply header to <see cref="LrCreate"/>: from Spine to the sender, in the same conversation, reliable.</summary>
    public static EbxmlHeader LrReplyHeader() => new EbxmlHeader(
        new EbxmlParty(SampleEbxml.SpinePartyKey), new EbxmlParty(SampleEbxml.ClientPartyKey), SampleEbxml.CpaId, SampleEbxml.ConversationId,
        LrInteractions.LrsService, LrInteractions.ConfirmLrCreatedId, "D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6", SampleEbxml.Timestamp)
    {
        RefToMessageId = SampleEbxml.MessageId,
    }.WithPattern(EbxmlPattern.Reliable);

    /// <summary>The payload document the reply carries.</summary>
    public static XDocument LrCreatedReply() =>
        new(LrMessages.ConfirmLrCreated(LrReplyContext(), "LR0000000000000001"));
}

/// <summary>A synchronous request's bytes and the interaction it is, whose <see cref="SyncInteraction.Action"/> is the SOAPAction.</summary>
public sealed record SyncWire(SyncInteraction Interaction, byte[] Body);
