using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// What a client makes of Spine's answer to an LR request. Clients must expect an MCCI in place of any response, a
/// <c>QUQI_IN010000UK14</c> in place of any query response, and a SOAP fault on the sync services.
/// </summary>
public abstract record LrResponse
{
    private LrResponse()
    {
    }

    /// <summary>
    /// A business response, with its typed payload (e.g. <see cref="SimpleLRList"/>) and any warnings Spine added as
    /// <c>reason</c>s. Match on <c>Succeeded&lt;T&gt;</c> for the payload you expect.
    /// </summary>
    public sealed record Succeeded<T>(string InteractionId, T Payload, IReadOnlyList<DetectedIssue> Warnings) : LrResponse
        where T : notnull
    {
        public override string ToString() => $"{InteractionId}: {Payload}";
    }

    /// <summary>An <c>MCCI_IN010000UK13</c>: AE/AR with the reasons from the control act and the acknowledgement details.</summary>
    public sealed record Acknowledged(AcknowledgementType Type, IReadOnlyList<DetectedIssue> Reasons, IReadOnlyList<DetectedIssue> Details) : LrResponse
    {
        public string ErrorText => string.Join("; ", Reasons.Concat(Details).Select(r => $"{r.Code} {r.DisplayName}".Trim()));

        public override string ToString() => $"MCCI_IN010000UK13 {Type}" + (ErrorText.Length == 0 ? string.Empty : $": {ErrorText}");
    }

    /// <summary>A <c>QUQI_IN010000UK14</c> Query Act Failed: the acknowledgement type, reasons and <c>queryResponseCode</c> (ID from Spine 2).</summary>
    public sealed record QueryFailed(AcknowledgementType Type, IReadOnlyList<DetectedIssue> Reasons, string QueryResponseCode) : LrResponse
    {
        public override string ToString() =>
            $"QUQI_IN010000UK14 {Type} {QueryResponseCode}: {string.Join("; ", Reasons.Select(r => $"{r.Code} {r.DisplayName}".Trim()))}";
    }

    /// <summary>A SOAP fault (HTTP 500).</summary>
    public sealed record Faulted(SoapFault Fault) : LrResponse
    {
        public override string ToString() =>
            $"SOAP fault {Fault.FaultCode} '{Fault.FaultString}': {string.Join("; ", Fault.Errors.Select(e => $"{e.ErrorCode} {e.Description}"))}";
    }

    /// <summary>The answer could not be understood; the reason says why.</summary>
    public sealed record Unreadable(string Reason) : LrResponse
    {
        public override string ToString() => $"an unreadable answer: {Reason}";
    }
}
