namespace SpineConformance.SecondClient.TestHook;

/// <summary>
/// The test hook serves one request at a time, as a desktop GP system's single user would act: every hook request waits
/// for the one before to finish. Spine's replies to the MHS are not held up by it.
/// </summary>
internal sealed class OneRequestAtATime(RequestDelegate next, HookTurn turn)
{

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/test-hook", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        await turn.Gate.WaitAsync(context.RequestAborted);
        try
        {
            await next(context);
        }
        finally
        {
            turn.Gate.Release();
        }
    }
}
