using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.DependencyInjection;

namespace SpineConformance.Gherkin.Running;

/// <summary>Calls a binding method on its scoped instance (or statically) and waits for it if it returns a task.</summary>
internal static class MethodInvoker
{
    public static async Task InvokeAsync(MethodInfo method, IServiceProvider services, object?[] arguments)
    {
        var target = method.IsStatic ? null : services.GetRequiredService(method.DeclaringType!);
        object? result;
        try
        {
            result = method.Invoke(target, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }

        switch (result)
        {
            case Task task:
                await task;
                break;
            case ValueTask valueTask:
                await valueTask;
                break;
        }
    }
}
