using Microsoft.AspNetCore.Http.Features;

namespace SpineConformance.Simulator.Transport;

/// <summary>
/// A request's body, read whole, or why it could not be: larger than the simulator accepts
/// (<c>Simulator:MaxRequestBodyBytes</c>: a Content-Length over it is refused before a byte is read or any buffer is
/// sized from it, and a chunked body is refused as soon as it passes the limit, so an oversized body is never held in
/// memory whole and is not kept in the journal), arriving too slowly, or framed wrongly (bad chunking). The HTTP status
/// says which, as Kestrel judged it (413, 408, 400).
/// </summary>
internal sealed record RequestBody(byte[] Bytes, string? Problem, int StatusCode)
{
    // The most memory a declared Content-Length can claim before the bytes arrive: the header is the sender's word, so a
    // slow or lying sender cannot make the simulator hold a large array it never fills. Past this the buffer grows as
    // bytes actually arrive.
    private const int MostReservedAhead = 64 * 1024;

    public bool IsReadable => Problem is null;

    public static async Task<RequestBody> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        var declared = http.Request.ContentLength;
        if (declared > limit)
        {
            return TooLarge(limit, StatusCodes.Status413PayloadTooLarge);
        }

        try
        {
            using var buffer = new MemoryStream((int)Math.Min(declared ?? 0, MostReservedAhead));
            await http.Request.Body.CopyToAsync(buffer, cancellationToken);
            // A buffer filled exactly to its reserved size is handed over without a copy.
            var bytes = buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
            return new RequestBody(bytes, null, StatusCodes.Status200OK);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit, ex.StatusCode);
        }
        catch (BadHttpRequestException ex)
        {
            return new RequestBody([], $"The request body could not be read: {ex.Message}", ex.StatusCode);
        }
    }

    private static RequestBody TooLarge(long? limit, int statusCode) =>
        new([], $"The request body is larger than the simulator accepts ({limit} bytes; Simulator:MaxRequestBodyBytes).", statusCode);
}
