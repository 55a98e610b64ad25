namespace SpineConformance.Simulator.Sync;

/// <summary>A SOAP document with the status Spine uses: 200 for answers and AEs, 500 for faults.</summary>
internal sealed class SoapXmlResult(int statusCode, byte[] body) : IResult
{
    public int StatusCode { get; } = statusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = "text/xml; charset=utf-8";
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body);
    }
}
