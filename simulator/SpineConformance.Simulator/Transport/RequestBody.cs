using Microsoft.AspNetCore.Http.Features;

namespace SpineConformance.Simulator.Transport;

/// <summary>
/// A request's body, read whole, or why it could not be: larger than the simulator accepts
/// (<c>Simulator:MaxRequestBodyBytes</c>: Kestrel refuses a body whose Content-Length is over it before reading a byte,
/// so an oversized body is never held in memory and is not kept in the journal), arriving too slowly, or framed wrongly
/// (bad chunking). The HTTP status says which, as Kestrel judged it (413, 408, 400).
/// </summary>
internal sealed record RequestBody(byte[] Bytes, string? Problem, int StatusCode)
{
    public bool IsReadable => Problem is null;

    public static async Task<RequestBody> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        try
        {
            // With a Content-Length (already held to the limit by Kestrel) the body is read into one array of its size: a
            // growing buffer would allocate and copy about four times the body, and large bodies are what fills memory.
            if (http.Request.ContentLength is { } length and > 0 and <= int.MaxValue)
            {
                var bytes = new byte[length];
                await http.Request.Body.ReadExactlyAsync(bytes, cancellationToken);
                return new RequestBody(bytes, null, StatusCodes.Status200OK);
            }

            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, cancellationToken);
            return new RequestBody(buffer.ToArray(), null, StatusCodes.Status200OK);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            return new RequestBody([], $"The request body is larger than the simulator accepts ({limit} bytes; Simulator:MaxRequestBodyBytes).", ex.StatusCode);
        }
        catch (BadHttpRequestException ex)
        {
            return new RequestBody([], $"The request body could not be read: {ex.Message}", ex.StatusCode);
        }
    }
}
