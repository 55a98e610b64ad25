using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpineConformance.ReferenceSut.Forms;
using SpineConformance.ReferenceSut.Mhs;
using SpineConformance.ReferenceSut.Spine;
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
        app.UseOneAtATimeTestHook();
        app.MapScrSharingPages();
        app.MapMhsInbound();
        app.MapTestHook();

        // A SUT making mistakes on purpose must never pass for a conformant one, so say so wherever its log goes. Once
        // started, so the options have been validated.
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            if (app.Services.GetRequiredService<IOptions<ReferenceSutOptions>>().Value.SwitchedOnDefects().On is { Count: > 0 } on)
            {
                app.Logger.LogWarning("The reference SUT makes these mistakes on purpose (ReferenceSut:Defects): {Defects}", string.Join(", ", on));
            }

            if (app.Services.GetRequiredService<IOptions<ReferenceSutOptions>>().Value.SwitchedOnForms().On is { Count: > 0 } forms
                && app.Logger.IsEnabled(LogLevel.Information))
            {
                app.Logger.LogInformation("The reference SUT sends these alternative forms (ReferenceSut:Forms): {Forms}", string.Join(", ", forms.Select(f => f.Id)));
            }
        });

        return app;
    }
}
