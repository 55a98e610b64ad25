using System.Net;
using SpineConformance.Hl7.Lr;

namespace SpineConformance.ReferenceSut.Lr;

/// <summary>What came back from one LR query: an LR answer the SUT could read, or the reason there was none.</summary>
public abstract record LrSyncAnswer
{
    private LrSyncAnswer()
    {
    }

    /// <summary>Spine answered with something LR defines: a response, a Query Act Failed, an MCCI or a SOAP fault.</summary>
    public sealed record Received(LrResponse Response) : LrSyncAnswer;

    /// <summary>There was no usable answer: Spine was unreachable, timed out, or sent something unreadable.</summary>
    public sealed record None(string Problem) : LrSyncAnswer;

    /// <summary>Answers are HTTP 200 and faults HTTP 500 (TRANSPORT.md §1.4–§1.6); anything else is no answer.</summary>
    public static LrSyncAnswer FromHttp(HttpStatusCode status, ReadOnlySpan<byte> body)
    {
        if (status != HttpStatusCode.OK && status != HttpStatusCode.InternalServerError)
        {
            return new None($"Spine answered HTTP {(int)status} {status}; a Spine answer is HTTP 200 or, for a SOAP fault, HTTP 500.");
        }

        return LrResponseReader.Read(body) switch
        {
            LrResponse.Faulted faulted => new Received(faulted),
            _ when status == HttpStatusCode.InternalServerError => new None("Spine answered HTTP 500 without a SOAP fault, so the error cannot be shown."),
            LrResponse.Unreadable unreadable => new None($"Spine's answer could not be read: {unreadable.Reason}"),
            var response => new Received(response),
        };
    }
}
