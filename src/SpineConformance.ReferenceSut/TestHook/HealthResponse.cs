namespace SpineConformance.ReferenceSut.TestHook;

/// <summary>The body of <c>GET /test-hook/health</c>: the driver waits for it before a run starts.</summary>
public sealed record HealthResponse(string Status);
