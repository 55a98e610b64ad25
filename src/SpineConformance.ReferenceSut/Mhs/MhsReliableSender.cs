using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.ReferenceSut.Defects;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>
/// Posts a reliable ebXML message to Spine and resends the same bytes (same MessageId) after a retriable answer, waiting
/// the retry interval on the injected clock, as the MHS does (TRANSPORT.md §3.6). Records every attempt. Never throws for
/// Spine's answers or an unreachable Spine; only the caller's own cancellation ends it with an exception.
/// </summary>
public sealed class MhsReliableSender(
    HttpClient http, IOptions<ReferenceSutOptions> options, TimeProvider time, MhsSentLog log, DefectMemory memory, ILogger<MhsReliableSender> logger)
{
    public async Task<MhsSendResult> SendAsync(EbxmlMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        var mhs = settings.Mhs;
        var endpoint = mhs.ReliableEndpoint(settings.SpineBaseUrl);
        var defects = settings.SwitchedOnDefects();

        // Written once, so every resend is the same bytes; a switched-on defect spoils it here (none, for a conformant SUT).
        var (sent, wire) = EbxmlRequestDefects.Write(defects, message, memory);
        var header = sent.Header;
        var expiresAt = time.GetUtcNow() + mhs.PersistDuration;
        for (var attempt = 1; ; attempt++)
        {
            var answer = await PostAsync(endpoint, wire, header.MessageId, cancellationToken);
            if (defects.IsOn(DefectCatalogue.HiddenHttpResend) && answer.HttpStatus != 202)
            {
                // The HTTP layer's own retry policy, below the MHS: the MHS sees only the second answer and records one attempt.
                answer = await PostAsync(endpoint, wire, header.MessageId, cancellationToken);
            }

            var retry = Retriable(answer, defects) && attempt <= mhs.Retries && time.GetUtcNow() + mhs.RetryInterval <= expiresAt;

            // The wait starts before the attempt is recorded, so a test that advances a fake clock on seeing the record
            // never advances it before the timer exists.
            var wait = retry ? Task.Delay(mhs.RetryInterval, time, cancellationToken) : null;
            log.Record(new MhsSendAttempt(header.MessageId, header.ConversationId, header.Action, attempt, answer.HttpStatus, answer.Kind,
                answer.Detail, EbxmlTimestamp.Now(time), retry));
            if (wait is null)
            {
                return Result(header, attempt, answer);
            }

            await wait;
        }
    }

    /// <summary>Whether an answer is worth resending (TRANSPORT.md §3.6), unless a switched-on defect decides otherwise.</summary>
    private static bool Retriable(MhsAnswer answer, DefectSwitches defects) => answer.Kind switch
    {
        MhsAnswerKind.MessageError when defects.IsOn(DefectCatalogue.RetryAfterMessageError) => true,
        MhsAnswerKind.RetriableFault when defects.IsOn(DefectCatalogue.NoRetryAfterRetriableFault) => false,
        _ => answer.IsRetriable,
    };

    private static MhsSendResult Result(EbxmlHeader header, int attempts, MhsAnswer answer)
    {
        var accepted = answer.Kind == MhsAnswerKind.Accepted;
        var detail = accepted || !answer.IsRetriable
            ? answer.Detail
            : $"Spine did not accept the message after {attempts} attempt{(attempts == 1 ? string.Empty : "s")}; the last answer: {answer.Detail}";
        return new MhsSendResult(accepted, header.MessageId, header.ConversationId, attempts, detail);
    }

    private async Task<MhsAnswer> PostAsync(Uri endpoint, EbxmlHttpMessage wire, string messageId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ReadOnlyMemoryContent(wire.Body) };
        // Added without validation so the multipart parameters go exactly as the writer made them.
        request.Content.Headers.TryAddWithoutValidation("Content-Type", wire.ContentType);
        request.Headers.TryAddWithoutValidation("SOAPAction", wire.SoapAction);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return MhsAnswerReader.Read(response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, messageId);
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning("Could not reach Spine at {Endpoint}: {Reason}", endpoint, ex.Message);
            return new MhsAnswer(MhsAnswerKind.Unreachable, null, $"Could not reach Spine at {endpoint}: {ex.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new MhsAnswer(MhsAnswerKind.Unreachable, null, $"Spine at {endpoint} did not answer within {http.Timeout.TotalSeconds:0.###} seconds.");
        }
    }
}
