using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Acs;

/// <summary>
/// The Set resource permissions business rules (ACS.md §5.3, Spine's <c>SET_RESOURCE_PERMISSIONS_UK01</c> validator):
/// <c>ErrorBase1712.*</c>, with the detail texts Spine gives where it gives one.
/// </summary>
public static class AcsSetRules
{
    private const string Source = "ACS.md §5.3 [C]";

    public static MessageRule ResourceContext { get; } = Rule("ACS-SET-RESOURCE-CONTEXT", "ErrorBase1712.MANDATORY_DATA_MISSING",
        "permissions has exactly one resourceContext (\"Resource Context not found\")", CheckContextCount);

    public static MessageRule ResourceContextRoot { get; } = Rule("ACS-SET-RESOURCE-CONTEXT-ROOT", "ErrorBase1712.MANDATORY_DATA_MISSING",
        $"resourceContext has root {Hl7.Identifiers.NhsNumber.Oid} (\"…root … not found\")", CheckContextRoot);

    public static MessageRule ResourceContextExtension { get; } = Rule("ACS-SET-RESOURCE-CONTEXT-EXTENSION", "ErrorBase1712.MANDATORY_DATA_MISSING",
        "resourceContext has an extension, the NHS number (\"…extension not found\")", CheckContextExtension);

    public static MessageRule NhsNumberValid { get; } = Rule("ACS-SET-NHS-NUMBER", "ErrorBase1712.MANDATORY_DATA_MISSING",
        "resourceContext/@extension is a valid NHS number: 10 digits with a Modulus 11 check digit", CheckNhsNumber)
        with { Source = "ACS.md §9 #2 [C]: live Spine answers 400 + 35160 \"NHS Number is missing or incorrect\"" };

    public static MessageRule AssertionCount { get; } = Rule("ACS-SET-ASSERTION-COUNT", "ErrorBase1712.INVALID_ACA_CARDINALITY",
        "permissions holds one or two accessControlAssertion elements", CheckAssertionCount);

    public static MessageRule FunctionCardinality { get; } = Rule("ACS-SET-FUNCTION-CARDINALITY", "ErrorBase1712.INVALID_ACA_CARDINALITY",
        "At most one assertion for Consent/View, at most one for Consent/Store, and at least one of the two", CheckFunctionCardinality);

    public static MessageRule ViewStoreConsistent { get; } = Rule("ACS-SET-VIEW-STORE-CONSISTENT", "ErrorBase1712.MANDATORY_DATA_MISSING",
        "When both View and Store are sent, their permissions are equal (\"Inconsistent Permission to View and Store\")", CheckViewStore);

    public static MessageRule ResourceIdIsNhsNumber { get; } = Rule("ACS-SET-RESOURCE-ID-IS-NHS-NUMBER", "ErrorBase1712.INVALID_COMBINATION_FC_RC_RI",
        "Unless the context is Sealing, resource/Id equals resourceContext/@extension (the NHS number)", CheckResourceIds);

    public static MessageRule ResourceType { get; } = Rule("ACS-SET-RESOURCE-TYPE", "ErrorBase1712.INVALID_COMBINATION_FC_RT",
        "resource/type is SCR", m => EachAssertionValue(m, "resource", "type", v => v == AcsVocabulary.ResourceTypeScr, "'SCR'"));

    public static MessageRule FunctionContext { get; } = Rule("ACS-SET-FUNCTION-CONTEXT", "ErrorBase1712.INVALID_FUNCTION_CONTEXT",
        "function/context is Consent", m => EachAssertionValue(m, "function", "context", v => v == AcsVocabulary.ContextConsent, "'Consent'"));

    public static MessageRule FunctionCode { get; } = Rule("ACS-SET-FUNCTION-CODE", "ErrorBase1712.INVALID_FUNCTION_CODE",
        "function/code is View or Store",
        m => EachAssertionValue(m, "function", "code", v => v is AcsVocabulary.FunctionView or AcsVocabulary.FunctionStore, "'View' or 'Store'"));

    public static MessageRule Accessor { get; } = Rule("ACS-SET-ACCESSOR", "ErrorBase1712.INVALID_ACCESSOR_TYPE",
        "Unless the permission is Clear, accessor/type is Everyone and accessorId/name is Everyone", CheckAccessors);

    public static MessageRule PermissionPresent { get; } = Rule("ACS-SET-PERMISSION", "ErrorBase1712.MISSING_PERMISSIONS_IN_SET",
        "Each assertion has a non-empty permission", CheckPermissions);

    /// <summary>The Set schema restricts versionCode to HL7StandardVersionCode, unlike Get's and Has's.</summary>
    public static MessageRule VersionCodeListed { get; } =
        WrapperRules.ListedVersionCode("ACS-SET-VERSION-CODE", "ACS.md §3.3 [C A4]; SET_RESOURCE_PERMISSIONS_INUK01.xsd restricts versionCode to HL7StandardVersionCode [C]");

    public static IReadOnlyList<MessageRule> All { get; } =
    [
        VersionCodeListed, ResourceContext, ResourceContextRoot, ResourceContextExtension, NhsNumberValid, AssertionCount, FunctionCardinality,
        ViewStoreConsistent, ResourceIdIsNhsNumber, ResourceType, FunctionContext, FunctionCode, Accessor, PermissionPresent,
    ];

    private static MessageRule Rule(string id, string fault, string description, Func<MessageUnderTest, IEnumerable<Violation>> check) =>
        new(id, fault, ValidationLayer.Business, description, check) { Source = Source };

    private static XElement? Permissions(MessageUnderTest m) =>
        ByLocalName.Child(
            WrapperRules.Payloads(m.Message.ControlActEvent).FirstOrDefault(e => e.Name.LocalName == "setResourcePermissionsRequest"),
            "permissions");

    private static IEnumerable<XElement> Assertions(MessageUnderTest m) => ByLocalName.Children(Permissions(m), "accessControlAssertion");

    private static XElement? Context(MessageUnderTest m) => ByLocalName.Child(Permissions(m), "resourceContext");

    private static string? Text(XElement? parent, string child, string part) =>
        ByLocalName.Child(ByLocalName.Child(parent, child), part)?.Value.Trim();

    private static IEnumerable<Violation> CheckContextCount(MessageUnderTest m)
    {
        if (Permissions(m) is not { } permissions)
        {
            yield break;
        }

        var count = ByLocalName.Children(permissions, "resourceContext").Count();
        if (count != 1)
        {
            yield return new Violation(XmlPath.Of(permissions) + "/crs:resourceContext", "exactly one resourceContext", $"{count}") { Node = permissions };
        }
    }

    private static IEnumerable<Violation> CheckContextRoot(MessageUnderTest m)
    {
        var context = Context(m);
        var root = context?.Attribute("root")?.Value;
        if (context is not null && root != NhsNumber.Oid)
        {
            yield return new Violation(XmlPath.Of(context) + "/@root", $"'{NhsNumber.Oid}'", Hl7Paths.Describe(root)) { Node = context };
        }
    }

    private static IEnumerable<Violation> CheckContextExtension(MessageUnderTest m)
    {
        var context = Context(m);
        if (context is not null && string.IsNullOrEmpty(context.Attribute("extension")?.Value))
        {
            yield return new Violation(XmlPath.Of(context) + "/@extension", "the NHS number", Hl7Paths.Describe(context.Attribute("extension")?.Value)) { Node = context };
        }
    }

    private static IEnumerable<Violation> CheckNhsNumber(MessageUnderTest m)
    {
        var context = Context(m);
        var value = context?.Attribute("extension")?.Value;
        if (!string.IsNullOrEmpty(value) && NhsNumber.Parse(value) is { Success: false } parsed)
        {
            yield return new Violation(XmlPath.Of(context!) + "/@extension", "a valid NHS number", $"'{value}'") { Node = context, Detail = parsed.Error };
        }
    }

    private static IEnumerable<Violation> CheckAssertionCount(MessageUnderTest m)
    {
        if (Permissions(m) is not { } permissions)
        {
            yield break;
        }

        var count = Assertions(m).Count();
        if (count is < 1 or > 2)
        {
            yield return new Violation(XmlPath.Of(permissions) + "/crs:accessControlAssertion", "1 or 2 assertions", $"{count}") { Node = permissions };
        }
    }

    private static IEnumerable<Violation> CheckFunctionCardinality(MessageUnderTest m)
    {
        if (Permissions(m) is not { } permissions)
        {
            yield break;
        }

        var consent = Assertions(m).Where(a => Text(a, "function", "context") == AcsVocabulary.ContextConsent).ToList();
        var views = consent.Count(a => Text(a, "function", "code") == AcsVocabulary.FunctionView);
        var stores = consent.Count(a => Text(a, "function", "code") == AcsVocabulary.FunctionStore);
        if (views > 1 || stores > 1 || views + stores == 0)
        {
            yield return new Violation(XmlPath.Of(permissions), "at most one Consent/View and one Consent/Store assertion, and at least one",
                $"{views} Consent/View, {stores} Consent/Store") { Node = permissions };
        }
    }

    private static IEnumerable<Violation> CheckViewStore(MessageUnderTest m)
    {
        var byFunction = Assertions(m)
            .GroupBy(a => Text(a, "function", "code"))
            .ToDictionary(g => g.Key ?? string.Empty, g => ByLocalName.Child(g.First(), "permission")?.Value.Trim());
        if (byFunction.TryGetValue(AcsVocabulary.FunctionView, out var view) && byFunction.TryGetValue(AcsVocabulary.FunctionStore, out var store) && view != store)
        {
            yield return new Violation(XmlPath.Of(Permissions(m)!), $"the Store permission equal to View's {Hl7Paths.Describe(view)}", Hl7Paths.Describe(store))
            {
                Node = Permissions(m),
                Detail = "Inconsistent Permission to View and Store.",
            };
        }
    }

    private static IEnumerable<Violation> CheckResourceIds(MessageUnderTest m)
    {
        var nhsNumber = Context(m)?.Attribute("extension")?.Value;
        foreach (var assertion in Assertions(m).Where(a => Text(a, "function", "context") != AcsVocabulary.ContextSealing))
        {
            var id = ByLocalName.Child(ByLocalName.Child(assertion, "resource"), "Id");
            if (id?.Value.Trim() != nhsNumber)
            {
                yield return new Violation(id is null ? XmlPath.Of(assertion) + "/crs:resource/crs:Id" : XmlPath.Of(id),
                    $"the NHS number {Hl7Paths.Describe(nhsNumber)}", Hl7Paths.Describe(id)) { Node = id ?? assertion };
            }
        }
    }

    private static IEnumerable<Violation> EachAssertionValue(MessageUnderTest m, string child, string part, Func<string?, bool> ok, string expected)
    {
        foreach (var assertion in Assertions(m))
        {
            var value = Text(assertion, child, part);
            if (!ok(value))
            {
                var node = ByLocalName.Child(ByLocalName.Child(assertion, child), part);
                yield return new Violation(node is null ? $"{XmlPath.Of(assertion)}/crs:{child}/crs:{part}" : XmlPath.Of(node), expected, Hl7Paths.Describe(value))
                { Node = node ?? assertion };
            }
        }
    }

    private static IEnumerable<Violation> CheckAccessors(MessageUnderTest m)
    {
        foreach (var assertion in Assertions(m))
        {
            if (ByLocalName.Child(assertion, "permission")?.Value.Trim() == nameof(AcsPermission.Clear))
            {
                continue;
            }

            var accessor = ByLocalName.Child(assertion, "accessor");
            var type = ByLocalName.Child(accessor, "type")?.Value.Trim();
            var name = Text(accessor, "accessorId", "name");
            if (type != AcsVocabulary.AccessorEveryone || name != AcsVocabulary.AccessorEveryone)
            {
                yield return new Violation(accessor is null ? XmlPath.Of(assertion) + "/crs:accessor" : XmlPath.Of(accessor),
                    "type 'Everyone' and accessorId/name 'Everyone'", accessor is null ? "(absent)" : $"type {Hl7Paths.Describe(type)}, name {Hl7Paths.Describe(name)}")
                { Node = accessor ?? assertion };
            }
        }
    }

    private static IEnumerable<Violation> CheckPermissions(MessageUnderTest m)
    {
        foreach (var assertion in Assertions(m))
        {
            var permission = ByLocalName.Child(assertion, "permission");
            if (string.IsNullOrWhiteSpace(permission?.Value))
            {
                yield return new Violation(permission is null ? XmlPath.Of(assertion) + "/crs:permission" : XmlPath.Of(permission),
                    "Yes, No or Clear", Hl7Paths.Describe(permission)) { Node = permission ?? assertion };
            }
        }
    }
}
