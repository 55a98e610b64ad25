using System.Net;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Soap;

namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>
/// Classifies Spine's HTTP answer to a reliable request the way the MHS does (TRANSPORT.md §3.6): 202 is accepted, a
/// MessageError is final, a SOAP fault with code 200, 206 or 208 is worth resending. Never throws for bad input.
/// </summary>
internal static class MhsAnswerReader
{
    private static readonly string[] RetriableFaultCodes = ["200", "206", "208"];

    public static MhsAnswer Read(HttpStatusCode status, string? contentType, ReadOnlySpan<byte> body, string sentMessageId)
    {
        var code = (int)status;
        var signal = body.IsEmpty ? null : EbxmlSignalReader.Read(contentType, body);
        if (signal?.MessageError is { } error)
        {
            var errors = string.Join("; ", error.Errors.Select(e => $"{e.ErrorCode} {e.Description}".Trim()));
            return new(MhsAnswerKind.MessageError, code, $"Spine answered HTTP {code} with an ebXML MessageError: {errors}");
        }

        if (status == HttpStatusCode.Accepted)
        {
            return signal?.Acknowledgment is { } ack && ack.RefToMessageId != sentMessageId
                ? new(MhsAnswerKind.Unexpected, code, $"Spine answered HTTP 202 with an Acknowledgment of message '{ack.RefToMessageId}', not of '{sentMessageId}'.")
                : new(MhsAnswerKind.Accepted, code, signal?.Acknowledgment is null ? "Spine accepted the message (HTTP 202)." : "Spine accepted and acknowledged the message (HTTP 202).");
        }

        if (status == HttpStatusCode.InternalServerError && signal?.Envelope is { } envelope && SoapFault.Read(envelope) is { } fault)
        {
            var errors = string.Join("; ", fault.Errors.Select(e => $"{e.ErrorCode} {e.Description}".Trim()));
            var retriable = fault.Errors.Any(e => RetriableFaultCodes.Contains(e.ErrorCode));
            return new(retriable ? MhsAnswerKind.RetriableFault : MhsAnswerKind.SoapFault, code,
                $"Spine answered HTTP 500 with a SOAP fault ({fault.FaultCode}) {fault.FaultString}: {errors}");
        }

        return new(MhsAnswerKind.Unexpected, code,
            $"Spine answered HTTP {code} {status} without an Acknowledgment, MessageError or SOAP fault; a reliable request is accepted with HTTP 202.");
    }
}
