using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.Testing;

/// <summary>Valid requests to start from; tests break one thing at a time with <c>with</c> or by editing the XML.</summary>
public static class SampleRequests
{
    public const string SpineAsid = "990101234567";

    public const string SenderAsid = "200000000101";

    public static AuthorPerson User { get; } = new(
        SdsRoleProfileId.From("100000000001"), SdsUserId.From("100000000002"), JobRoleCode.From("R8000"));

    public static OutgoingRequest Outgoing(string? wsaId = null) => new(
        wsaId ?? "uuid:5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10",
        "0E4B3A52-9D7C-4F1A-8E2B-7A6C5D4E3F21",
        "20261122101500",
        "http://127.0.0.1:5000/sync-service",
        SpineAsid,
        SenderAsid,
        User);

    public static XDocument Get(string nhsNumber = "9434765919", OutgoingRequest? outgoing = null) =>
        AcsMessages.GetRequest(outgoing ?? Outgoing(), GetResourcePermissionsRequest.ForPatient(nhsNumber));

    /// <summary>A Set of View and Store to the same permission, as a well-behaved client sends it.</summary>
    public static XDocument Set(string nhsNumber = "9434765919", AcsPermission permission = AcsPermission.No, OutgoingRequest? outgoing = null) =>
        AcsMessages.SetRequest(outgoing ?? Outgoing(), SetResourcePermissionsRequest.ForPatient(nhsNumber, permission, AcsFunction.View, AcsFunction.Store));

    /// <summary>A Has asking about View and Store for accessor Everyone.</summary>
    public static XDocument Has(string nhsNumber = "9434765919", OutgoingRequest? outgoing = null) =>
        AcsMessages.HasRequest(outgoing ?? Outgoing(), HasResourcePermissionsRequest.ForPatient(nhsNumber));

    public static ResponseContext ResponseContext() => new(
        "uuid:11111111-2222-3333-4444-555555555555",
        "66666666-7777-8888-9999-AAAAAAAAAAAA",
        "20261122101501",
        "uuid:5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10",
        "0E4B3A52-9D7C-4F1A-8E2B-7A6C5D4E3F21",
        SenderAsid,
        SpineAsid);
}
