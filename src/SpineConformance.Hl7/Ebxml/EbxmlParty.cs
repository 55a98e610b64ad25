namespace SpineConformance.Hl7.Ebxml;

/// <summary>An <c>eb:From</c> or <c>eb:To</c> party: its <c>eb:PartyId</c> (an MHS party key such as <c>YES-0000806</c>) and <c>eb:type</c>.</summary>
public sealed record EbxmlParty(string PartyId, string Type = EbxmlConstants.NhsPartyType);
