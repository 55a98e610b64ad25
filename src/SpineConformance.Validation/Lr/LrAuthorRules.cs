using System.Xml.Linq;
using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Lr.LrChecks;
using static SpineConformance.Validation.Lr.LrNode;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// The author rules Create LR and the status change share (LR.md §9.1, §9.2): the author is one user or one system, and
/// each of that author's identifiers (<see cref="LrAuthorId"/>) is there, has its root and an extension, and is no longer
/// than Spine 2 allows. Each interaction names its own rule ids, faults and sources. What differs between them is taken
/// as a parameter:
/// <list type="bullet">
/// <item>the user's element (each builder's <c>userElement</c>): Create LR's author is an <c>AgentPerson</c>,
/// the status change's an <c>AgentPersonSDS</c> (their MIMs differ), and <see cref="OneAuthor"/> takes the two kinds in
/// the order each MIM lists them;</item>
/// <item>how finely Spine 2 faults an identifier: Create LR gives missing, empty and too long a fault each, while the
/// status change has one rule for the root and the extension together (<see cref="Root"/> with
/// <c>andNonEmpty</c>) and one for the length;</item>
/// <item>the length: at most <see cref="SdsIdLength"/> characters in Create LR, exactly that in the status change
/// (<see cref="Length"/> with <c>exactly</c>).</item>
/// </list>
/// </summary>
internal static class LrAuthorRules
{
    /// <summary>The length Spine 2 bounds an SDS identifier's extension to (role profile id, user id, ASID).</summary>
    public const int SdsIdLength = 12;

    public const string SystemElement = "AgentDeviceSDS";

    /// <summary>A system author, as both interactions have it.</summary>
    public static LrChoice System { get; } = new(SystemElement, "system");

    /// <summary>The author holds exactly one agent of <paramref name="choices"/>: a user or a system, listed as the interaction's MIM lists them.</summary>
    public static MessageRule OneAuthor(LrRuleFactory rules, string id, params LrChoice[] choices) =>
        rules.Rule(id, "ErrorBase1712.INVALID_AUTHOR_USER_SYSTEM_MISSING", $"author holds exactly one of {LrChoice.Describe(choices)}",
            p => ExactlyOne(At(p, "author"), choices));

    /// <summary>The identifier is there at all (its root and extension are other rules').</summary>
    public static MessageRule Present(LrRuleFactory rules, string id, string fault, string userElement, LrAuthorId field) =>
        rules.Rule(id, fault, $"A {field.Party} author has {field.Element} (the {field.Name})",
            p => Of(p, userElement, field, node => LrChecks.Present(node, $"the {field.What}")));

    /// <summary>The identifier has its root; with <paramref name="andNonEmpty"/>, a non-empty extension too, in the same rule.</summary>
    public static MessageRule Root(LrRuleFactory rules, string id, string fault, string userElement, LrAuthorId field, bool andNonEmpty = false) =>
        rules.Rule(id, fault, $"A {field.Party} author has {field.Element} with the {field.RootName} root {field.Root}{(andNonEmpty ? " and a non-empty extension" : string.Empty)}",
            p => Of(p, userElement, field, node => andNonEmpty ? IdRoot(node, field.What, field.Root).Concat(LrChecks.NonEmpty(node, field.What)) : IdRoot(node, field.What, field.Root)));

    public static MessageRule NonEmpty(LrRuleFactory rules, string id, string fault, string userElement, LrAuthorId field) =>
        rules.Rule(id, fault, $"A {field.Party} author's {field.Name} has a non-empty extension",
            p => Of(p, userElement, field, node => LrChecks.NonEmpty(node, field.What)));

    /// <summary>The identifier is at most <see cref="SdsIdLength"/> characters, or with <paramref name="exactly"/> exactly that.</summary>
    public static MessageRule Length(LrRuleFactory rules, string id, string fault, string userElement, LrAuthorId field, bool exactly, string? source = null) =>
        rules.Rule(id, fault, $"A {field.Party} author's {field.Name} is {(exactly ? "exactly" : "at most")} {SdsIdLength} characters",
            p => Of(p, userElement, field, node => exactly ? ExactLength(node, field.What, SdsIdLength) : MaxLength(node, field.What, SdsIdLength)),
            source);

    /// <summary>Runs <paramref name="check"/> on the identifier when the author is of the kind that carries it.</summary>
    public static IEnumerable<Violation> Of(XElement payload, string userElement, LrAuthorId field, Func<LrNode, IEnumerable<Violation>> check) =>
        At(payload, "author", field.OfUser ? userElement : SystemElement).Element is { } agent ? check(field.Within(agent)) : [];
}
