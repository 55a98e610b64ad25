using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.ReferenceSut.Defects;
using SpineConformance.ReferenceSut.Forms;
using SpineConformance.ReferenceSut.Lr;

namespace SpineConformance.ReferenceSut.Spine;

/// <summary>
/// Posts one synchronous Spine request and returns whatever came back: a <see cref="SpineAnswer"/> for ACS, an
/// <see cref="LrSyncAnswer"/> for LR queries. Never throws for Spine's errors or an unreachable Spine; only the
/// caller's own cancellation ends it with an exception.
/// </summary>
public sealed class SpineSyncSender(HttpClient http, IOptions<ReferenceSutOptions> options, DefectMemory memory, ILogger<SpineSyncSender> logger)
{
    private static readonly MediaTypeHeaderValue TextXml = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
    private static readonly MediaTypeHeaderValue TextXmlWithoutCharset = MediaTypeHeaderValue.Parse("text/xml");

    public async Task<SpineAnswer> SendAsync(Uri endpoint, SyncInteraction interaction, XDocument envelope, CancellationToken cancellationToken)
    {
        var (status, body, problem) = await PostAsync(endpoint, interaction, envelope, cancellationToken);
        return problem is null ? SpineAnswer.FromHttp(status, body) : new SpineAnswer.None(problem);
    }

    public async Task<LrSyncAnswer> SendLrQueryAsync(Uri endpoint, SyncInteraction interaction, XDocument envelope, CancellationToken cancellationToken)
    {
        var (status, body, problem) = await PostAsync(endpoint, interaction, envelope, cancellationToken);
        return problem is null ? LrSyncAnswer.FromHttp(status, body) : new LrSyncAnswer.None(problem);
    }

    private async Task<(HttpStatusCode Status, byte[] Body, string? Problem)> PostAsync(
        Uri endpoint, SyncInteraction interaction, XDocument envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);

        // The allowed alternative forms switched on (none by default), then the last moment before the wire: where a
        // switched-on defect spoils the request (none, for a conformant SUT).
        var forms = options.Value.SwitchedOnForms();
        Hl7MessageForms.Apply(forms, envelope.Root?.Element(SpineNamespaces.Soap + "Body")?.Elements().FirstOrDefault());
        var soapAction = SoapRequestDefects.Apply(options.Value.SwitchedOnDefects(), interaction, envelope, memory);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(SoapEnvelope.ToBytes(envelope)) };
        request.Content.Headers.ContentType = forms.IsOn(FormCatalogue.ContentTypeWithoutCharset) ? TextXmlWithoutCharset : TextXml;

        // Sync Spine clients send the SOAPAction unquoted and equal to wsa:Action (TRANSPORT.md §1.1), or quoted as SOAP 1.1
        // writes it; added without validation so it goes exactly as written.
        request.Headers.TryAddWithoutValidation("SOAPAction", forms.IsOn(FormCatalogue.SoapActionQuoted) ? $"\"{soapAction}\"" : soapAction);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken), null);
        }
        catch (HttpRequestException ex)
        {
            // An unreachable Spine is a condition the suite provokes on purpose; its reason is enough, not a stack trace.
            var problem = ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                ? $"Could not reach Spine at {endpoint}: {ex.Message}"
                : $"Spine at {endpoint} gave no usable answer: {ex.Message}";
            logger.LogWarning("{Problem}", problem);
            return (default, [], problem);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Only HttpClient's own timeout lands here; the caller's cancellation still propagates.
            logger.LogWarning("Spine at {Endpoint} did not answer within {Timeout}: {Reason}", endpoint, http.Timeout, ex.Message);
            return (default, [], $"Spine at {endpoint} did not answer within {http.Timeout.TotalSeconds:0.###} seconds.");
        }
    }
}
