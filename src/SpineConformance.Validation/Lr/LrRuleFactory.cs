using System.Xml.Linq;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// Makes one interaction's <see cref="MessageRule"/>s: ids written out in full (so a search for a rule id finds its rule)
/// and checked to start with the interaction's prefix, a default source, and a check that runs only when the payload is
/// there (its absence is the interaction's own <c>…-PAYLOAD</c> rule, so it is reported once).
/// </summary>
internal sealed class LrRuleFactory(string prefix, string defaultSource, Func<LrPayloadUnderTest, XElement?> payload)
{
    public string Prefix { get; } = prefix;

    public XElement? PayloadOf(MessageUnderTest message) => payload(LrPayloadUnderTest.From(message));

    /// <summary>
    /// Of the full ids a rule shared between interactions has (one per interaction), this interaction's. A shared builder
    /// lists them all, so each stays a literal a search finds.
    /// </summary>
    public string Pick(params string[] ids) =>
        ids.SingleOrDefault(Owns) ?? throw new ArgumentException($"None of {string.Join(", ", ids)} is a rule of {Prefix}.", nameof(ids));

    public MessageRule Rule(string id, string fault, string description, Func<XElement, IEnumerable<Violation>> check, string? source = null) =>
        new(Owned(id), fault, ValidationLayer.Business, description, m => PayloadOf(m) is { } found ? check(found) : [])
        {
            Source = source ?? defaultSource,
        };

    /// <summary>The rule that the control act holds the payload at all; the other rules are silent without it.</summary>
    public MessageRule PayloadPresent(string id, string fault, string payloadPath, string source) =>
        new(Owned(id), fault, ValidationLayer.Business, $"ControlActEvent holds the {payloadPath} payload", m => CheckPayload(m, payloadPath))
        {
            Source = source,
        };

    private bool Owns(string id) => id.StartsWith(Prefix + "-", StringComparison.Ordinal);

    private string Owned(string id) => Owns(id) ? id : throw new ArgumentException($"Rule id {id} does not start with {Prefix}-.", nameof(id));

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
