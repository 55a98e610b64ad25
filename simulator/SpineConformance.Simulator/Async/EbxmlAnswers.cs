using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Time;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Simulator.Async;

/// <summary>
/// The HTTP answers Spine's MHS gives an ebXML request on its own connection: an Acknowledgment (reliable) or nothing
/// (express) once it is accepted, a MessageError when it is refused, and what an injected fault asks for. Each gets a new
/// ebXML MessageId and the time it was made.
/// </summary>
internal sealed class EbxmlAnswers(TimeProvider time, IIdSource ids, IOptions<SimulatorOptions> options)
{
    public AsyncHttpAnswer Accepted(EbxmlHeader header, EbxmlPattern pattern, string outcome, Validation.Findings.ValidationReport payloadReport)
    {
        if (pattern != EbxmlPattern.Reliable)
        {
            return new AsyncHttpAnswer(StatusCodes.Status202Accepted, null, [], $"accepted (express); {outcome}") { PayloadReport = payloadReport };
        }

        var ack = EbxmlAcknowledgment.For(header, EbxmlMessageId.New(ids), EbxmlTimestamp.Now(time)).ToHttp();
        return new AsyncHttpAnswer(StatusCodes.Status202Accepted, ack.ContentType, ack.Body.ToArray(), $"acknowledged; {outcome}") { PayloadReport = payloadReport };
    }

    public AsyncHttpAnswer Refused(EbxmlHeader header, EbxmlError refusal)
    {
        var http = EbxmlMessageError.For(header, EbxmlMessageId.New(ids), EbxmlTimestamp.Now(time), refusal).ToHttp();
        return new AsyncHttpAnswer(options.Value.EbxmlErrorStatusCode, http.ContentType, http.Body.ToArray(), $"MessageError {refusal.ErrorCode}: {refusal.Description}");
    }

    public AsyncHttpAnswer Injected(FaultRule fault, EbxmlHeader header)
    {
        switch (fault.Kind)
        {
            case FaultKind.SoapFault:
                var code = fault.Code ?? "206";
                var soapFault = new SoapFault(SoapFault.ServerFaultCode, fault.Text ?? "System failure to process message",
                    [new SpineError(SpineError.TmsCodeContext, code, "Error", "Message", fault.Text ?? $"Injected by {fault}")]);
                return new AsyncHttpAnswer(StatusCodes.Status500InternalServerError, "text/xml; charset=utf-8", SoapEnvelope.ToBytes(soapFault.ToDocument()),
                    $"SOAP fault {code} ({fault})");
            case FaultKind.MessageError:
                var error = new EbxmlError(fault.Code ?? "200", "Error", fault.Text ?? "System Failure to process message");
                var http = EbxmlMessageError.For(header, EbxmlMessageId.New(ids), EbxmlTimestamp.Now(time), error).ToHttp();
                return new AsyncHttpAnswer(fault.HttpStatus ?? options.Value.EbxmlErrorStatusCode, http.ContentType, http.Body.ToArray(),
                    $"MessageError {error.ErrorCode} ({fault})");
            default:
                return new AsyncHttpAnswer(fault.HttpStatus ?? StatusCodes.Status500InternalServerError, null, [], $"HTTP {fault.HttpStatus} ({fault})");
        }
    }
}
