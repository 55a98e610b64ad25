using Microsoft.AspNetCore.Http.Features;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Faults;

namespace SpineConformance.Simulator.Sync;

/// <summary>Spine's synchronous SOAP paths. All dispatch on the <c>SOAPAction</c> header, as Spine does.</summary>
public static class SyncEndpoints
{
    /// <summary>The paths seen in public configuration (TRANSPORT.md §1.1).</summary>
    public static IReadOnlyList<string> Paths { get; } = ["/sync-service", "/syncservice-lrs/acf"];

    public static IEndpointRouteBuilder MapSyncEndpoints(this IEndpointRouteBuilder routes)
    {
        foreach (var path in Paths)
        {
            routes.MapPost(path, HandleAsync)
                .WithName("Sync " + path)
                .WithTags("Spine synchronous SOAP")
                .Produces(StatusCodes.Status200OK, contentType: "text/xml")
                .Produces(StatusCodes.Status500InternalServerError, contentType: "text/xml");
        }

        return routes;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, SyncDispatcher dispatcher, TimeProvider time, IHostApplicationLifetime lifetime, CancellationToken cancellationToken)
    {
        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, cancellationToken);
            body = buffer.ToArray();
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            var fault = SoapFault.NotWellFormed($"The request body is larger than the simulator accepts ({limit} bytes; Simulator:MaxRequestBodyBytes).");
            return new SoapXmlResult(StatusCodes.Status413PayloadTooLarge, SoapEnvelope.ToBytes(fault.ToDocument()));
        }

        var reply = await dispatcher.DispatchAsync(http.Request.Path, http.Request.Headers, body, cancellationToken);
        var bytes = reply.Bytes ?? SoapEnvelope.ToBytes(reply.Body);
        switch (reply.Transport)
        {
            case { Kind: FaultKind.DelayResponse, Delay: { } delay }:
                await Task.Delay(delay, time, cancellationToken);
                break;
            case { Kind: FaultKind.DropConnection }:
                http.Abort();
                return Results.Empty;
            case { Kind: FaultKind.NoResponse } hold:
                // Until the client gives up (the point of the fault), the hold ends, or the simulator stops.
                using (var held = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping))
                {
                    try
                    {
                        await Task.Delay(hold.Delay ?? TransportFaults.DefaultHold, time, held.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }

                http.Abort();
                return Results.Empty;
        }

        return new SoapXmlResult(reply.StatusCode, bytes);
    }
}
