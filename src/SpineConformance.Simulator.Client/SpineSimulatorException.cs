using System.Net;

namespace SpineConformance.Simulator.Client;

/// <summary>
/// The simulator's admin API answered a request with a status other than success. The message names the request, the
/// HTTP status and, when the simulator explained itself, its problem title and detail.
/// </summary>
public sealed class SpineSimulatorException : Exception
{
    /// <summary>Creates the exception for one refused admin request.</summary>
    public SpineSimulatorException(HttpMethod method, Uri? requestUri, HttpStatusCode statusCode, ProblemDetailsBody? problem, string? body)
        : base(Describe(method, requestUri, statusCode, problem, body))
    {
        Method = method;
        RequestUri = requestUri;
        StatusCode = statusCode;
        Problem = problem;
    }

    /// <summary>The method of the refused request.</summary>
    public HttpMethod Method { get; }

    /// <summary>The address of the refused request.</summary>
    public Uri? RequestUri { get; }

    /// <summary>The HTTP status the simulator answered.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The simulator's own account of what was wrong, when the body held one.</summary>
    public ProblemDetailsBody? Problem { get; }

    private static string Describe(HttpMethod method, Uri? requestUri, HttpStatusCode statusCode, ProblemDetailsBody? problem, string? body)
    {
        var why = problem is not null
            ? $"{problem.Title}{(string.IsNullOrEmpty(problem.Detail) ? string.Empty : ": " + problem.Detail)}"
            : string.IsNullOrWhiteSpace(body) ? "no explanation in the body" : body.Trim();
        return $"The simulator answered {method} {requestUri} with HTTP {(int)statusCode} {statusCode}: {why}";
    }
}
