using System.Xml.Linq;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// Makes one interaction's <see cref="MessageRule"/>s: ids prefixed alike, a default source, and a check that runs only when
/// the payload is there (its absence is the interaction's own <c>…-PAYLOAD</c> rule, so it is reported once).
/// </summary>
internal sealed class LrRuleFactory(string prefix, string defaultSource, Func<LrPayloadUnderTest, XElement?> payload)
{
    public string Prefix { get; } = prefix;

    public XElement? PayloadOf(MessageUnderTest message) => payload(LrPayloadUnderTest.From(message));

    public MessageRule Rule(string id, string fault, string description, Func<XElement, IEnumerable<Violation>> check, string? source = null) =>
        new($"{Prefix}-{id}", fault, ValidationLayer.Business, description, m => PayloadOf(m) is { } found ? check(found) : [])
        {
            Source = source ?? defaultSource,
        };

    /// <summary>The rule that the control act holds the payload at all; the other rules are silent without it.</summary>
    public MessageRule PayloadPresent(string fault, string payloadPath, string source) =>
        new($"{Prefix}-PAYLOAD", fault, ValidationLayer.Business, $"ControlActEvent holds the {payloadPath} payload", m => CheckPayload(m, payloadPath))
        {
            Source = source,
        };

    private IEnumerable<Violation> CheckPayload(MessageUnderTest message, string payloadPath)
    {
        var controlAct = LrPayloadUnderTest.From(message).ControlActEvent;
        if (controlAct is not null && PayloadOf(message) is null)
        {
            yield return new Violation($"{Hl7.Xml.XmlPath.Of(controlAct)}/hl7:{payloadPath.Replace("/", "/hl7:", StringComparison.Ordinal)}",
                $"a {payloadPath}", "(absent)") { Node = controlAct };
        }
    }
}
