using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Time;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.ReferenceSut.Spine;

/// <summary>
/// The SUT's Spine client for the Access Control Service: sends a request as the configured system and
/// logged-in user, and turns every answer, error or failure into a <see cref="PermissionsView"/>.
/// </summary>
public sealed class AcsClient(
    HttpClient http,
    IOptions<ReferenceSutOptions> options,
    TimeProvider time,
    IIdSource ids,
    ILogger<AcsClient> logger)
{
    private static readonly MediaTypeHeaderValue TextXml = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");

    /// <summary>
    /// Asks Spine for a patient's SCR View and Store permissions. The NHS number is only trimmed, not
    /// checked: how Spine answers a bad one is part of what the suite tests. Never throws for Spine's
    /// errors or an unreachable Spine; only the caller's own cancellation ends it with an exception.
    /// </summary>
    public async Task<PermissionsView> GetPermissionsAsync(string nhsNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nhsNumber);
        var endpoint = options.Value.SyncEndpoint();
        var interaction = AcsInteractions.Get;
        var envelope = AcsMessages.GetRequest(Outgoing(endpoint), GetResourcePermissionsRequest.ForPatient(nhsNumber.Trim()));
        return await SendAsync(endpoint, interaction, SoapEnvelope.ToBytes(envelope), cancellationToken);
    }

    private async Task<PermissionsView> SendAsync(Uri endpoint, SyncInteraction interaction, byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = TextXml;

        // Sync Spine clients send the SOAPAction unquoted and equal to wsa:Action (TRANSPORT.md §1.1); added without validation so it goes exactly as written.
        request.Headers.TryAddWithoutValidation("SOAPAction", interaction.Action);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return SpineAnswer.ToView(response.StatusCode, answer);
        }
        catch (HttpRequestException ex)
        {
            // An unreachable Spine is a condition the suite provokes on purpose; its reason is enough, not a stack trace.
            var problem = ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                ? $"Could not reach Spine at {endpoint}: {ex.Message}"
                : $"Spine at {endpoint} gave no usable answer: {ex.Message}";
            logger.LogWarning("{Problem}", problem);
            return PermissionsView.Failed(problem);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Only HttpClient's own timeout lands here; the caller's cancellation still propagates.
            logger.LogWarning("Spine at {Endpoint} did not answer within {Timeout}: {Reason}", endpoint, http.Timeout, ex.Message);
            return PermissionsView.Failed($"Spine at {endpoint} did not answer within {http.Timeout.TotalSeconds:0.###} seconds.");
        }
    }

    private OutgoingRequest Outgoing(Uri endpoint)
    {
        var settings = options.Value;
        return new OutgoingRequest(
            WsaMessageId.New(ids),
            WsaMessageId.UpperGuid(ids.NextId()),
            Hl7Timestamp.Format(time.GetUtcNow()),
            endpoint.ToString(),
            settings.SpineAsid,
            settings.SenderAsid,
            LoggedInAuthor(settings.User));
    }

    // Parsed per request, which is cheap; the settings were validated at start, so From cannot fail here.
    private static AuthorPerson LoggedInAuthor(LoggedInUserOptions user) => new(
        SdsRoleProfileId.From(user.RoleProfileId),
        SdsUserId.From(user.UserId),
        JobRoleCode.From(user.JobRole));
}
