using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>
/// The SUT's MHS endpoint, <c>POST /mhs/inbound</c>: the address registered in Spine's directory as this system's
/// <c>nhsMHSEndPoint</c>, where Spine posts async replies.
/// </summary>
public static class MhsEndpoints
{
    public static IEndpointRouteBuilder MapMhsInbound(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MhsConstants.InboundPath, ReceiveAsync).WithName("MhsInbound").WithTags("MHS");
        return endpoints;
    }

    public static async Task ReceiveAsync(HttpContext context, MhsInbound inbound)
    {
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var answer = inbound.Receive(context.Request.ContentType, body);
        context.Response.StatusCode = answer.StatusCode;
        if (answer.SoapAction is { } soapAction)
        {
            context.Response.Headers["SOAPAction"] = soapAction;
        }

        if (answer.ContentType is { } contentType)
        {
            context.Response.ContentType = contentType;
            await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted);
        }
    }

    /// <summary>The body, or <see langword="null"/> when it is larger than any reply should be.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MhsConstants.MaxInboundBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
