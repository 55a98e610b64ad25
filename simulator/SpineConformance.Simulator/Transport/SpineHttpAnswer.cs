using SpineConformance.Simulator.Faults;

namespace SpineConformance.Simulator.Transport;

/// <summary>
/// An answer to a Spine request, sent the way a transport fault rule says when one applies: in full (the usual case),
/// after a delay, never (the connection is dropped at once, or held until the client gives up). The recorder has
/// already cut the body for <see cref="FaultKind.EmptyResponse"/> and <see cref="FaultKind.TruncatedResponse"/>, so the
/// journal keeps the bytes that actually leave. Synchronous SOAP and ebXML answers travel through this one type, made by
/// the <see cref="ExchangeRecorder"/>.
/// </summary>
internal sealed class SpineHttpAnswer(int statusCode, string? contentType, byte[] body, TimeProvider time, FaultRule? transport = null) : IResult
{
    public const string SoapContentType = "text/xml; charset=utf-8";

    public int StatusCode { get; } = statusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var aborted = httpContext.RequestAborted;
        switch (transport)
        {
            case { Kind: FaultKind.DelayResponse, Delay: { } delay }:
                await Task.Delay(delay, time, aborted);
                break;
            case { Kind: FaultKind.DropConnection }:
                httpContext.Abort();
                return;
            case { Kind: FaultKind.NoResponse } hold:
                await HoldAsync(httpContext, hold.Delay ?? TransportFaults.DefaultHold, time);
                httpContext.Abort();
                return;
        }

        httpContext.Response.StatusCode = StatusCode;
        if (contentType is not null && body.Length > 0)
        {
            httpContext.Response.ContentType = contentType;
        }

        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, aborted);
    }

    // Until the client gives up (the point of the fault), the hold ends, or the simulator stops.
    private static async Task HoldAsync(HttpContext httpContext, TimeSpan hold, TimeProvider time)
    {
        var stopping = httpContext.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var held = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, stopping);
        try
        {
            await Task.Delay(hold, time, held.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
