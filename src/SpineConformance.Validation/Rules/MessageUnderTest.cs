using SpineConformance.Hl7.Soap;

namespace SpineConformance.Validation.Rules;

/// <summary>A synchronous message and what arrived with it: the HTTP <c>SOAPAction</c> and the interaction it claims to be.</summary>
public sealed record MessageUnderTest(SyncMessage Message, string? SoapActionHeader, SyncInteraction Interaction);
