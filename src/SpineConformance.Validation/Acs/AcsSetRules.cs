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
        $"At most one assertion for {AcsVocabulary.ContextConsent}/{AcsVocabulary.FunctionView}, at most one for {AcsVocabulary.ContextConsent}/{AcsVocabulary.FunctionStore}, and at least one of the two",
        CheckFunctionCardinality);

    public static MessageRule ViewStoreConsistent { get; } = Rule("ACS-SET-VIEW-STORE-CONSISTENT", "ErrorBase1712.MANDATORY_DATA_MISSING",
        $"When both {AcsVocabulary.FunctionView} and {AcsVocabulary.FunctionStore} are sent, their permissions are equal (\"Inconsistent Permission to View and Store\")", CheckViewStore);

    public static MessageRule ResourceIdIsNhsNumber { get; } = Rule("ACS-SET-RESOURCE-ID-IS-NHS-NUMBER", "ErrorBase1712.INVALID_COMBINATION_FC_RC_RI",
        $"Unless the context is {AcsVocabulary.ContextSealing}, resource/Id equals resourceContext/@extension (the NHS number)", CheckResourceIds);

    public static MessageRule ResourceType { get; } = Rule("ACS-SET-RESOURCE-TYPE", "ErrorBase1712.INVALID_COMBINATION_FC_RT",
        $"resource/type is {AcsVocabulary.ResourceTypeScr}", m => EachAssertionValue(m, "resource", "type", v => v == AcsVocabulary.ResourceTypeScr, $"'{AcsVocabulary.ResourceTypeScr}'"));

    public static MessageRule FunctionContext { get; } = Rule("ACS-SET-FUNCTION-CONTEXT", "ErrorBase1712.INVALID_FUNCTION_CONTEXT",
        $"function/context is {AcsVocabulary.ContextConsent}", m => EachAssertionValue(m, "function", "context", v => v == AcsVocabulary.ContextConsent, $"'{AcsVocabulary.ContextConsent}'"));

    public static MessageRule FunctionCode { get; } = Rule("ACS-SET-FUNCTION-CODE", "ErrorBase1712.INVALID_FUNCTION_CODE",
        $"function/code is {AcsVocabulary.FunctionView} or {AcsVocabulary.FunctionStore}",
        m => EachAssertionValue(m, "function", "code", v => v is AcsVocabulary.FunctionView or AcsVocabulary.FunctionStore, $"'{AcsVocabulary.FunctionView}' or '{AcsVocabulary.FunctionStore}'"));

    public static MessageRule Accessor { get; } = Rule("ACS-SET-ACCESSOR", "ErrorBase1712.INVALID_ACCESSOR_TYPE",
        $"Unless the permission is {nameof(AcsPermission.Clear)}, accessor/type is {AcsVocabulary.AccessorEveryone} and accessorId/name is {AcsVocabulary.AccessorEveryone}", CheckAccessors);

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
        ByLocalName.Child(WrapperRules.FirstPayloadNamed(m.Message.ControlActEvent, "setResourcePermissionsRequest"), "permissions");

    private static IEnumerable<XElement> Assertions(MessageUnderTest m) => ByLocalName.Children(Permissions(m), "accessControlAssertion");

    private static XElement? Context(MessageUnderTest m) => ByLocalName.Child(Permissions(m), "resourceContext");

    private static string? Text(XElement? parent, string child, string part) =>
        ByLocalName.Child(ByLocalName.Child(parent, child), part)?.Value.Trim();

    private static readonly Violation[] None = [];

    private static Violation[] CheckContextCount(MessageUnderTest m) =>
        Permissions(m) is { } permissions && ByLocalName.Children(permissions, "resourceContext").Count() is var count && count != 1
            ? [new Violation(XmlPath.Of(permissions) + "/crs:resourceContext", "exactly one resourceContext", $"{count}") { Node = permissions }]
            : None;

    private static Violation[] CheckContextRoot(MessageUnderTest m) =>
        Context(m) is { } context && context.Attribute(AttributeNames.Root)?.Value is var root && root != NhsNumber.Oid
            ? [new Violation(XmlPath.Of(context) + "/@root", $"'{NhsNumber.Oid}'", Hl7Paths.Describe(root)) { Node = context }]
            : None;

    private static Violation[] CheckContextExtension(MessageUnderTest m) =>
        Context(m) is { } context && string.IsNullOrEmpty(context.Attribute(AttributeNames.Extension)?.Value)
            ? [new Violation(XmlPath.Of(context) + "/@extension", "the NHS number", Hl7Paths.Describe(context.Attribute(AttributeNames.Extension)?.Value)) { Node = context }]
            : None;

    private static Violation[] CheckNhsNumber(MessageUnderTest m) =>
        Context(m) is { } context && context.Attribute(AttributeNames.Extension)?.Value is { Length: > 0 } value && NhsNumber.Parse(value) is { Success: false } parsed
            ? [new Violation(XmlPath.Of(context) + "/@extension", "a valid NHS number", $"'{value}'") { Node = context, Detail = parsed.Error }]
            : None;

    private static Violation[] CheckAssertionCount(MessageUnderTest m) =>
        Permissions(m) is { } permissions && Assertions(m).Count() is var count && count is < 1 or > 2
            ? [new Violation(XmlPath.Of(permissions) + "/crs:accessControlAssertion", "1 or 2 assertions", $"{count}") { Node = permissions }]
            : None;

    private static Violation[] CheckFunctionCardinality(MessageUnderTest m)
    {
        if (Permissions(m) is not { } permissions)
        {
            return None;
        }

        var consent = Assertions(m).Where(a => Text(a, "function", "context") == AcsVocabulary.ContextConsent).ToList();
        var views = consent.Count(a => Text(a, "function", "code") == AcsVocabulary.FunctionView);
        var stores = consent.Count(a => Text(a, "function", "code") == AcsVocabulary.FunctionStore);
        return views > 1 || stores > 1 || views + stores == 0
            ? [new Violation(XmlPath.Of(permissions), $"at most one {AcsVocabulary.ContextConsent}/{AcsVocabulary.FunctionView} and one {AcsVocabulary.ContextConsent}/{AcsVocabulary.FunctionStore} assertion, and at least one",
                $"{views} {AcsVocabulary.ContextConsent}/{AcsVocabulary.FunctionView}, {stores} {AcsVocabulary.ContextConsent}/{AcsVocabulary.FunctionStore}") { Node = permissions }]
            : None;
    }

    private static Violation[] CheckViewStore(MessageUnderTest m)
    {
        // The first assertion for each function decides its permission, in one walk.
        var (hasView, view, hasStore, store) = (false, (string?)null, false, (string?)null);
        foreach (var assertion in Assertions(m))
        {
            var code = Text(assertion, "function", "code");
            if (code == AcsVocabulary.FunctionView && !hasView)
            {
                (hasView, view) = (true, ByLocalName.Child(assertion, "permission")?.Value.Trim());
            }
            else if (code == AcsVocabulary.FunctionStore && !hasStore)
            {
                (hasStore, store) = (true, ByLocalName.Child(assertion, "permission")?.Value.Trim());
            }
        }

        return hasView && hasStore && view != store
            ? [new Violation(XmlPath.Of(Permissions(m)!), $"the {AcsVocabulary.FunctionStore} permission equal to {AcsVocabulary.FunctionView}'s {Hl7Paths.Describe(view)}", Hl7Paths.Describe(store))
            {
                Node = Permissions(m),
                Detail = "Inconsistent Permission to View and Store.",
            }]
            : None;
    }

    private static IEnumerable<Violation> CheckResourceIds(MessageUnderTest m)
    {
        var nhsNumber = Context(m)?.Attribute(AttributeNames.Extension)?.Value;
        return Assertions(m)
            .Where(a => Text(a, "function", "context") != AcsVocabulary.ContextSealing)
            .Select(a => (Assertion: a, Id: ByLocalName.Child(ByLocalName.Child(a, "resource"), "Id")))
            .Where(pair => pair.Id?.Value.Trim() != nhsNumber)
            .Select(pair => new Violation(pair.Id is null ? XmlPath.Of(pair.Assertion) + "/crs:resource/crs:Id" : XmlPath.Of(pair.Id),
                $"the NHS number {Hl7Paths.Describe(nhsNumber)}", Hl7Paths.Describe(pair.Id)) { Node = pair.Id ?? pair.Assertion });
    }

    private static IEnumerable<Violation> EachAssertionValue(MessageUnderTest m, string child, string part, Func<string?, bool> ok, string expected) =>
        Assertions(m)
            .Where(a => !ok(Text(a, child, part)))
            .Select(a => (Assertion: a, Node: ByLocalName.Child(ByLocalName.Child(a, child), part)))
            .Select(pair => new Violation(pair.Node is null ? $"{XmlPath.Of(pair.Assertion)}/crs:{child}/crs:{part}" : XmlPath.Of(pair.Node), expected,
                Hl7Paths.Describe(Text(pair.Assertion, child, part))) { Node = pair.Node ?? pair.Assertion });

    private static IEnumerable<Violation> CheckAccessors(MessageUnderTest m) =>
        Assertions(m)
            .Where(a => ByLocalName.Child(a, "permission")?.Value.Trim() != nameof(AcsPermission.Clear))
            .Select(a => (Assertion: a, Accessor: ByLocalName.Child(a, "accessor")))
            .Select(pair => (pair.Assertion, pair.Accessor, Type: ByLocalName.Child(pair.Accessor, "type")?.Value.Trim(), Name: Text(pair.Accessor, "accessorId", "name")))
            .Where(found => found.Type != AcsVocabulary.AccessorEveryone || found.Name != AcsVocabulary.AccessorEveryone)
            .Select(found => new Violation(found.Accessor is null ? XmlPath.Of(found.Assertion) + "/crs:accessor" : XmlPath.Of(found.Accessor),
                $"type '{AcsVocabulary.AccessorEveryone}' and accessorId/name '{AcsVocabulary.AccessorEveryone}'",
                found.Accessor is null ? "(absent)" : $"type {Hl7Paths.Describe(found.Type)}, name {Hl7Paths.Describe(found.Name)}") { Node = found.Accessor ?? found.Assertion });

    private static IEnumerable<Violation> CheckPermissions(MessageUnderTest m) =>
        Assertions(m)
            .Select(a => (Assertion: a, Permission: ByLocalName.Child(a, "permission")))
            .Where(pair => string.IsNullOrWhiteSpace(pair.Permission?.Value))
            .Select(pair => new Violation(pair.Permission is null ? XmlPath.Of(pair.Assertion) + "/crs:permission" : XmlPath.Of(pair.Permission),
                $"{nameof(AcsPermission.Yes)}, {nameof(AcsPermission.No)} or {nameof(AcsPermission.Clear)}", Hl7Paths.Describe(pair.Permission)) { Node = pair.Permission ?? pair.Assertion });
}
