using SpineConformance.Hl7.Identifiers;
using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Rules.Hl7Paths;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// The field checks LR's Spine 2 rules are made of (an II present with its root, non-empty, not too long; a CV with its
/// code system and one of its codes). Each check says nothing about a part a different check owns: the length checks
/// pass an absent or empty id, which the presence checks report, so one mistake gives one finding.
/// </summary>
internal static class LrChecks
{
    private static readonly Violation[] None = [];

    /// <summary>The element is there at all.</summary>
    public static IEnumerable<Violation> Present(LrNode node, string expected) =>
        node.Exists ? None : [new Violation(node.XPath, expected, "(absent)") { Node = node.Nearest }];

    /// <summary>An II is there with one of <paramref name="roots"/>.</summary>
    public static IEnumerable<Violation> IdRoot(LrNode id, string what, params string[] roots)
    {
        var root = id.Attribute("root");
        return id.Exists && roots.Contains(root)
            ? None
            : [new Violation(id.AttributePath("root"), $"the {what} with root {string.Join(" or ", roots.Select(r => $"'{r}'"))}",
                id.Exists ? Describe(root) : "(absent)") { Node = id.Nearest }];
    }

    /// <summary>An II that is there has a non-empty extension.</summary>
    public static IEnumerable<Violation> NonEmpty(LrNode id, string what, string attribute = "extension") =>
        id.Exists && string.IsNullOrWhiteSpace(id.Attribute(attribute))
            ? [new Violation(id.AttributePath(attribute), $"the {what} as a non-empty {attribute}", Describe(id.Attribute(attribute))) { Node = id.Nearest }]
            : None;

    /// <summary>A non-empty extension is at most <paramref name="max"/> characters.</summary>
    public static IEnumerable<Violation> MaxLength(LrNode id, string what, int max, string attribute = "extension") =>
        id.Attribute(attribute) is { Length: > 0 } value && value.Length > max
            ? [new Violation(id.AttributePath(attribute), $"the {what}, at most {max} characters", $"{Describe(value)} ({value.Length} characters)") { Node = id.Nearest }]
            : None;

    /// <summary>A non-empty extension is exactly <paramref name="length"/> characters.</summary>
    public static IEnumerable<Violation> ExactLength(LrNode id, string what, int length, string attribute = "extension") =>
        id.Attribute(attribute) is { Length: > 0 } value && value.Length != length
            ? [new Violation(id.AttributePath(attribute), $"the {what}, exactly {length} characters", $"{Describe(value)} ({value.Length} characters)") { Node = id.Nearest }]
            : None;

    /// <summary>A non-empty extension is a valid NHS number (ten digits, Modulus 11).</summary>
    public static IEnumerable<Violation> NhsNumber(LrNode id) =>
        id.Attribute("extension") is { Length: > 0 } value && Hl7.Identifiers.NhsNumber.Parse(value) is { Success: false } parsed
            ? [new Violation(id.AttributePath("extension"), "a valid NHS number: 10 digits with a Modulus 11 check digit", Describe(value)) { Node = id.Nearest, Detail = parsed.Error }]
            : None;

    /// <summary>A CV is there with a non-empty code.</summary>
    public static IEnumerable<Violation> CodePresent(LrNode code, string what) =>
        code.Exists && !string.IsNullOrWhiteSpace(code.Attribute("code"))
            ? None
            : [new Violation(code.AttributePath("code"), $"the {what} as a non-empty code", code.Exists ? Describe(code.Attribute("code")) : "(absent)") { Node = code.Nearest }];

    /// <summary>A CV that is there has <paramref name="codeSystem"/>.</summary>
    public static IEnumerable<Violation> CodeSystem(LrNode code, string what, string codeSystem) =>
        code.Exists && code.Attribute("codeSystem") != codeSystem
            ? [new Violation(code.AttributePath("codeSystem"), $"the {what} code system '{codeSystem}'", Describe(code.Attribute("codeSystem"))) { Node = code.Nearest }]
            : None;

    /// <summary>A CV that is there has one of <paramref name="codes"/>.</summary>
    public static IEnumerable<Violation> CodeIn(LrNode code, string what, IEnumerable<string> codes)
    {
        var allowed = codes.ToList();
        return code.Exists && !allowed.Contains(code.Attribute("code") ?? string.Empty)
            ? [new Violation(code.AttributePath("code"), $"the {what}: one of {string.Join(", ", allowed)}", Describe(code.Attribute("code"))) { Node = code.Nearest }]
            : None;
    }

    /// <summary>
    /// <paramref name="holder"/> holds exactly one element of the <paramref name="choices"/> (an HL7 choice such as a user
    /// or a system), counted by kind when it does not.
    /// </summary>
    public static IEnumerable<Violation> ExactlyOne(LrNode holder, IReadOnlyList<LrChoice> choices)
    {
        var counts = choices.Select(c => Hl7.Xml.ByLocalName.Children(holder.Element, c.Element).Count()).ToList();
        return counts.Sum() == 1
            ? None
            : [new Violation(holder.XPath, $"exactly one {string.Join(" or ", choices.Select(c => $"{c.Element} (a {c.Role})"))}",
                holder.Exists ? string.Join(", ", choices.Select((c, i) => $"{counts[i]} {c.Element}")) : "(absent)") { Node = holder.Nearest }];
    }

    /// <summary>A query parameter's <c>semanticsText</c> is there and not empty.</summary>
    public static IEnumerable<Violation> SemanticsText(LrNode parameter)
    {
        var text = LrNode.At(parameter, "semanticsText");
        return parameter.Exists && string.IsNullOrWhiteSpace(text.Element?.Value)
            ? [new Violation(text.XPath, "a non-empty semanticsText naming the parameter", Describe(text.Element)) { Node = parameter.Element }]
            : None;
    }

    public static string Nhs => Hl7.Identifiers.NhsNumber.Oid;

    public static string UserRoot => SdsUserId.Oid;

    public static string UrpRoot => SdsRoleProfileId.Oid;

    public static string AsidRoot => Asid.Oid;
}
