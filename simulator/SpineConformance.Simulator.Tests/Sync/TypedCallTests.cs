using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Async;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Sync;
using SpineConformance.Testing;

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

    [Test]
    public async Task Validate_AValidGet_GivesTheTypedCallReadOnce()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        var (call, report, _) = Validate(host, SampleRequests.Get("9434765919"));

        Assert.That(report.IsValid, Is.True, report.ToString());
        var get = call as SyncCall<PermissionsQuery>;
        Assert.That(get, Is.Not.Null, "a Get's call carries a PermissionsQuery");
        Assert.Multiple(() =>
        {
            Assert.That(get!.Request, Is.EqualTo(new PermissionsQuery(NhsNumber.From("9434765919"), null)));
            Assert.That(get.Patient, Is.EqualTo(NhsNumber.From("9434765919")));
            Assert.That(get.InteractionId, Is.EqualTo(InteractionId.From("GET_RESOURCE_PERMISSIONS_INUK01")));
            Assert.That(get.SenderAsid, Is.EqualTo(Asid.From(SampleRequests.SenderAsid)));
            Assert.That(get.Author.RoleProfileId, Is.EqualTo(SampleRequests.User.RoleProfileId));
            Assert.That(get.Author.UserId, Is.EqualTo(SampleRequests.User.UserId));
            Assert.That(get.MessageId, Is.EqualTo(SampleRequests.Outgoing().WsaMessageId));
        });
    }

    [Test]
    public async Task Validate_AGetForAnInvalidNhsNumber_GivesNoCallForTheHandler()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        var (call, report, _) = Validate(host, SampleRequests.Get("9434765918"));

        Assert.That(call, Is.Null);
        Assert.That(report.IsValid, Is.False);
    }

    private static (SyncCall? Call, Validation.Findings.ValidationReport Report, SyncRequest Request) Validate(SpineSimulatorHost host, System.Xml.Linq.XDocument message)
    {
        var services = host.Services;
        var handler = services.GetServices<SyncInteractionHandler>().Single(h => h.Interaction == AcsInteractions.Get);
        var headers = new HeaderDictionary { ["SOAPAction"] = AcsInteractions.Get.Action, ["Content-Type"] = "text/xml; charset=utf-8" };
        var request = SyncRequest.Read("/sync-service", headers, SoapEnvelope.ToBytes(message), 1_000_000, _ => true);
        var (call, report) = services.GetRequiredService<SyncValidation>().Validate(request, handler, services.GetRequiredService<SyncResponseContexts>().For(request.Message!));
        return (call, report, request);
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
