using System.Text.Json;

namespace SpineConformance.Drivers;

/// <summary>What the SUT shows when Spine has accepted (or not) an asynchronous LR request: <c>accepted</c>, <c>refused</c>, <c>failed</c>.</summary>
public sealed record SutAsyncView(string Outcome, string? ConversationId, string? MessageId, string Message);

/// <summary>
/// The business outcome of an asynchronous request once Spine's reply has arrived: <c>pending</c>, <c>created</c>,
/// <c>statusChanged</c>, <c>added</c>, <c>alreadyAMember</c>, <c>removed</c>, <c>wasNotAMember</c>, <c>spineError</c>, <c>failed</c>.
/// </summary>
public sealed record SutLrOutcome(string ConversationId, string? Interaction, string Outcome, string? LrId, string Message);

/// <summary>What the SUT shows after a synchronous LR query: the outcome, the result as the SUT reports it, and the message.</summary>
public sealed record SutQueryView(string Outcome, JsonElement? Result, string Message);

/// <summary>An LR request as a clinician makes it: the patient, the LR type, and optionally a workgroup subject, access reason, justification and alert.</summary>
public sealed record SutLrCreate(string NhsNumber, string LrType)
{
    public string? WorkgroupId { get; init; }

    public string? AccessReason { get; init; }

    public string? Justification { get; init; }

    public bool? Alert { get; init; }
}

/// <summary>One attempt by the SUT's MHS to send a message, as the SUT records it.</summary>
public sealed record SutSendAttempt(string MessageId, string ConversationId, string Interaction, int Attempt, int? HttpStatus, string Answer, bool WillRetry);

/// <summary>One message the SUT's MHS received from Spine, and what it did with it.</summary>
public sealed record SutReceivedMessage(string MessageId, string? RefToMessageId, string ConversationId, string Interaction, bool Duplicate, bool Correlated, bool Applied);
