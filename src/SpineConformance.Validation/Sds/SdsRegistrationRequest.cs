namespace SpineConformance.Validation.Sds;

/// <summary>
/// A request as Spine checks its sender against SDS: the sending ASID, the service and interaction it is sent for, and
/// the directory's view of that sender (<see langword="null"/> when no accredited system has the ASID). The directory is
/// the simulator's, so its view travels with the request rather than the rules reading it.
/// </summary>
public sealed record SdsRegistrationRequest(string? SenderAsid, string Service, string InteractionId, SdsRegisteredSender? Sender);

/// <summary>The accredited system the directory holds under the sending ASID, and whether it is registered for the request's interaction.</summary>
public sealed record SdsRegisteredSender(string Asid, bool RegisteredForInteraction);
