using System.Net;
using SpineConformance.Hl7.Acs;

namespace SpineConformance.ReferenceSut.Spine;

/// <summary>
/// What came back from one request to Spine: an ACS answer the SUT could read, or the reason there was none.
/// Each screen turns it into its own view; this type only decides what counts as an answer at all.
/// </summary>
public abstract record SpineAnswer
{
    private SpineAnswer()
    {
    }

    /// <summary>Spine answered with something ACS defines: permissions, an acknowledgement or a SOAP fault.</summary>
    public sealed record Received(AcsResponse Response) : SpineAnswer;

    /// <summary>There was no usable answer: Spine was unreachable, timed out, or sent something unreadable.</summary>
    public sealed record None(string Problem) : SpineAnswer;

    /// <summary>
    /// Spine sends AA/AE with HTTP 200 and faults with HTTP 500 (TRANSPORT.md §1.4–§1.6); any other status, or an
    /// HTTP 500 without a fault, is no answer the user can be shown.
    /// </summary>
    public static SpineAnswer FromHttp(HttpStatusCode status, ReadOnlySpan<byte> body)
    {
        if (status != HttpStatusCode.OK && status != HttpStatusCode.InternalServerError)
        {
            return new None($"Spine answered HTTP {(int)status} {status}; a Spine answer is HTTP 200 or, for a SOAP fault, HTTP 500.");
        }

        return AcsResponseReader.Read(body) switch
        {
            AcsResponse.Faulted faulted => new Received(faulted),
            _ when status == HttpStatusCode.InternalServerError =>
                new None("Spine answered HTTP 500 without a SOAP fault, so the error cannot be shown."),
            AcsResponse.Unreadable unreadable => new None($"Spine's answer could not be read: {unreadable.Reason}"),
            var response => new Received(response),
        };
    }
}
