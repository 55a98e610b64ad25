using SpineConformance.Hl7.Soap;

namespace SpineConformance.Simulator.Sync;

/// <summary>A synchronous request that passed validation, with the context its response needs.</summary>
public sealed record SyncCall(SyncMessage Message, SyncInteraction Interaction, ResponseContext Response);
