using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using SpineConformance.Simulator.Faults;

namespace SpineConformance.Simulator.Tests.FaultInjection;

/// <summary>The request's headers as a fault rule sees them, read in place from the HTTP request.</summary>
public sealed class RequestHeadersViewTests
{
    [Test]
    public void HeadersOf_NameInAnotherCase_FindsTheValue()
    {
        var headers = FaultRequest.HeadersOf(new HeaderDictionary { ["X-Test-Case"] = "timeout-1" });

        Assert.That(headers.TryGetValue("x-test-case", out var value), Is.True);
        Assert.That(value, Is.EqualTo("timeout-1"));
        Assert.That(headers["X-TEST-CASE"], Is.EqualTo("timeout-1"));
    }

    [Test]
    public void HeadersOf_RepeatedHeader_IsOneCommaJoinedValue()
    {
        var headers = FaultRequest.HeadersOf(new HeaderDictionary { ["Accept"] = new StringValues(["text/xml", "application/xml"]) });

        Assert.That(headers["accept"], Is.EqualTo("text/xml,application/xml"));
        Assert.That(headers.ToList(), Is.EqualTo(new[] { KeyValuePair.Create("Accept", "text/xml,application/xml") }));
    }

    [Test]
    public void HeadersOf_MissingHeader_IsNotFoundAndSaysWhich()
    {
        var headers = FaultRequest.HeadersOf(new HeaderDictionary());

        Assert.That(headers.ContainsKey("X-Test-Case"), Is.False);
        Assert.That(() => headers["X-Test-Case"], Throws.TypeOf<KeyNotFoundException>().With.Message.Contains("X-Test-Case"));
    }

    [Test]
    public void AHeaderRule_MatchesAgainstTheView()
    {
        var rule = new FaultRule { Kind = FaultKind.SoapFault, Header = "X-Test-Case", HeaderValue = "refuse-once" };
        var request = new FaultRequest(null, null, null, null) { Headers = FaultRequest.HeadersOf(new HeaderDictionary { ["x-test-case"] = "refuse-once" }) };

        Assert.That(rule.Matches(request), Is.True);
    }
}
