using SpineConformance.Hl7.Lr;
using SpineConformance.Oracle.Tests.Schemas;

namespace SpineConformance.Oracle.Tests.Exchanges;

/// <summary>
/// One LR action a user takes through the reference SUT: <see cref="Act"/> makes the SUT send one request, answered by
/// Spine synchronously or, for create, status change and workgroup membership, by an asynchronous reply to the SUT's MHS.
/// <see cref="Arrange"/> first does what the action needs (an LR to change, an LR the details query needs); its messages
/// are judged with the whole journal, not as the case's own. <see cref="AcknowledgementTypeCode"/> pins the answer to AA
/// or AE so an error case really exercises Spine's error path.
/// </summary>
public sealed record LrOracleCase(
    string Name,
    OfficialSchema RequestSchema,
    OfficialSchema ResponseSchema,
    string? AcknowledgementTypeCode,
    Func<LrSutTestHook, LrCaseFacts, Task> Act)
{
    /// <summary>Makes what the action needs from the case's patient; returns an LR id for the action, or <see langword="null"/>.</summary>
    public Func<LrSutTestHook, string, Task<string?>>? Arrange { get; init; }

    /// <summary>True when Spine answers asynchronously: an ebXML request, and the reply in an outbound journal entry.</summary>
    public bool IsAsync => LrInteractions.Async.Any(a => a.InteractionId == RequestSchema.InteractionId);

    public override string ToString() => Name;
}

/// <summary>What a case acts on: its own synthetic patient, and the LR its arrangement made (if any).</summary>
public sealed record LrCaseFacts(string NhsNumber, string? LrId);
