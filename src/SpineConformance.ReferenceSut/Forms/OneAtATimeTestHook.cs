using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.ReferenceSut.TestHook;

namespace SpineConformance.ReferenceSut.Forms;

/// <summary>
/// Under <see cref="FormCatalogue.TestHookOneAtATime"/>, the test hook answers one request at a time, as a hook built on a
/// single-threaded server would: a call waits until the one before it has answered. Only the hook; the MHS endpoint Spine
/// posts replies to stays concurrent, as a real system's would.
/// </summary>
internal static class OneAtATimeTestHook
{
    public static WebApplication UseOneAtATimeTestHook(this WebApplication app)
    {
        var gate = new SemaphoreSlim(1, 1);
        app.Use(async (context, next) =>
        {
            var serialise = context.Request.Path.StartsWithSegments(TestHookEndpoints.GroupPath, StringComparison.Ordinal)
                && context.RequestServices.GetRequiredService<IOptions<ReferenceSutOptions>>().Value.SwitchedOnForms().IsOn(FormCatalogue.TestHookOneAtATime);
            if (!serialise)
            {
                await next(context);
                return;
            }

            await gate.WaitAsync(context.RequestAborted);
            try
            {
                await next(context);
            }
            finally
            {
                gate.Release();
            }
        });
        return app;
    }
}
