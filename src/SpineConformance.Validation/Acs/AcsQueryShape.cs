using System.Xml.Linq;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Acs;

/// <summary>
/// Where one ACS query keeps what its rules read. Get and Has both ask about one <c>resourceContext</c> under
/// <c>accessControlQuery</c>; Get asks through <c>queryCriteria</c>, Has through <c>accessControlSet</c>s. Makes the query's
/// rules, each id written out in full by its caller and checked to start with the query's prefix.
/// </summary>
internal sealed record AcsQueryShape(string Prefix, string PayloadName, string GroupName, string Source)
{
    public XElement? Query(MessageUnderTest message) =>
        ByLocalName.Child(WrapperRules.FirstPayloadNamed(message.Message.ControlActEvent, PayloadName), "accessControlQuery");

    public XElement? Context(MessageUnderTest message) => ByLocalName.Child(Query(message), "resourceContext");

    /// <summary>The <c>queryCriteria</c> (Get) or <c>accessControlSet</c>s (Has).</summary>
    public IEnumerable<XElement> Groups(MessageUnderTest message) => ByLocalName.Children(Query(message), GroupName);

    public MessageRule Rule(string id, string fault, string description, Func<MessageUnderTest, IEnumerable<Violation>> check, string? source = null) =>
        id.StartsWith(Prefix + "-", StringComparison.Ordinal)
            ? new(id, fault, ValidationLayer.Business, description, check) { Source = source ?? Source }
            : throw new ArgumentException($"Rule id {id} does not start with {Prefix}-.", nameof(id));
}
