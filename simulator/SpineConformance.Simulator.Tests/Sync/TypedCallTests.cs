using SpineConformance.Simulator.Async;
using SpineConformance.Simulator.Sync;

namespace SpineConformance.Simulator.Tests.Sync;

/// <summary>
/// Issue 18: a handler takes only a typed request that validation made. These hold that in place: no code outside the
/// simulator can make a call, and every handler is one of the typed kind.
/// </summary>
public sealed class TypedCallTests
{
    private static readonly Type[] Calls = [typeof(SyncCall), typeof(SyncCall<>), typeof(AsyncCall), typeof(AsyncCall<>)];

    [TestCaseSource(nameof(Calls))]
    public void Call_HasNoConstructorOutsideTheSimulator(Type call)
    {
        var visible = call.GetConstructors(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
            .Where(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly);

        Assert.That(visible.Select(c => c.ToString()), Is.Empty);
    }

    [Test]
    public void EveryHandler_TakesATypedRequest()
    {
        var handlers = typeof(SyncCall).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (typeof(SyncInteractionHandler).IsAssignableFrom(t) || typeof(AsyncInteractionHandler).IsAssignableFrom(t)))
            .ToList();
        var untyped = handlers.Where(t => !DerivesFromGeneric(t, typeof(SyncInteractionHandler<>)) && !DerivesFromGeneric(t, typeof(AsyncInteractionHandler<>)));

        Assert.That(handlers, Has.Count.EqualTo(12), "the 3 ACS, 5 LR and SDS query and 4 LR and SDS request handlers");
        Assert.That(untyped.Select(t => t.Name), Is.Empty);
    }

    private static bool DerivesFromGeneric(Type type, Type generic)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == generic)
            {
                return true;
            }
        }

        return false;
    }
}
