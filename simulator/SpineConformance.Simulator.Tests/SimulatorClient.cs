using System.Net.Http.Headers;
using System.Xml.Linq;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Simulator.Tests;

/// <summary>Posts SOAP to a running simulator the way a Spine client does.</summary>
internal sealed class SimulatorClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = baseAddress };

    public async Task<(int Status, XDocument Body, string Text)> PostAsync(
        XDocument document, string? soapAction, string path = "/sync-service", IReadOnlyDictionary<string, string>? headers = null)
    {
        var bytes = SoapEnvelope.ToBytes(document);
        return await PostAsync(bytes, soapAction, path, headers);
    }

    public async Task<(int Status, XDocument Body, string Text)> PostAsync(
        byte[] bytes, string? soapAction, string path = "/sync-service", IReadOnlyDictionary<string, string>? headers = null)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (soapAction is not null)
        {
            request.Headers.TryAddWithoutValidation("SOAPAction", soapAction);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var loaded = HardenedXml.Load(text);
        Assert.That(loaded.Success, Is.True, $"The simulator's answer is not well-formed XML: {loaded.Error}{Environment.NewLine}{text}");
        return ((int)response.StatusCode, loaded.Document!, text);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(new Uri(path, UriKind.Relative));

    public void Dispose() => http.Dispose();
}
