using Microsoft.AspNetCore.Http.Features;

namespace SpineConformance.Simulator.Transport;

/// <summary>
/// A request's body, read whole, or word that it is larger than the simulator accepts (<c>Simulator:MaxRequestBodyBytes</c>).
/// Kestrel enforces the limit as it reads, refusing a body whose Content-Length is over it before reading a byte, so an
/// oversized body is never held in memory and is not kept in the journal.
/// </summary>
internal sealed record RequestBody(byte[] Bytes, bool IsTooLarge, long? Limit)
{
    /// <summary>What a client is told when its body is too large.</summary>
    public string TooLargeMessage => $"The request body is larger than the simulator accepts ({Limit} bytes; Simulator:MaxRequestBodyBytes).";

    public static async Task<RequestBody> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        try
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, cancellationToken);
            return new RequestBody(buffer.ToArray(), IsTooLarge: false, limit);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new RequestBody([], IsTooLarge: true, limit);
        }
    }
}
