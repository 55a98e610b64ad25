using Microsoft.AspNetCore.Builder;
using SpineConformance.ReferenceSut.Mhs;
using SpineConformance.ReferenceSut.TestHook;
using SpineConformance.ReferenceSut.Web;

namespace SpineConformance.ReferenceSut;

/// <summary>Maps every surface of the SUT: the web pages a user sees, the MHS endpoint Spine posts replies to, and the test hook the suite drives.</summary>
public static class ReferenceSutApplicationExtensions
{
    public static WebApplication MapReferenceSut(this WebApplication app)
    {
        // Errors without a body (a malformed JSON request, an unknown path) still come back as ProblemDetails.
        app.UseStatusCodePages();
        app.MapScrSharingPages();
        app.MapMhsInbound();
        app.MapTestHook();
        return app;
    }
}
