using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Acs;

/// <summary>
/// Writes and reads the <c>crs</c> payload elements. Reading matches on local names, because Spine's own
/// samples put the Get response payload in <c>crs</c>, in no namespace, or in the HL7 default namespace.
/// </summary>
public static class AcsPayloadXml
{
    private static readonly XNamespace Crs = SpineNamespaces.Crs;

    public static XElement Write(GetResourcePermissionsRequest request) =>
        new(Crs + "getResourcePermissionsRequest",
            new XElement(Crs + "accessControlQuery",
                ResourceContext(request.ResourceContextRoot, request.NhsNumber),
                request.Criteria is null ? null : new XElement(Crs + "queryCriteria",
                    new XElement(Crs + "function",
                        Optional("context", request.Criteria.FunctionContext),
                        Optional("code", request.Criteria.FunctionCode)),
                    request.Criteria.Resources.Select(r => new XElement(Crs + "resource",
                        Optional("type", r.Type),
                        Optional("Id", r.Id))))));

    /// <summary>A permissions block wrapped in <paramref name="wrapper"/>: <c>getResourcePermissionsResponse</c>,
    /// <c>hasResourcePermissionsResponse</c> or <c>setResourcePermissionsRequest</c>.</summary>
    public static XElement Write(string wrapper, ResourcePermissions permissions) =>
        new(Crs + wrapper,
            new XElement(Crs + "permissions",
                ResourceContext(permissions.ResourceContextRoot, permissions.NhsNumber),
                permissions.Assertions.Select(Write)));

    public static XElement Write(HasResourcePermissionsRequest request) =>
        new(Crs + "hasResourcePermissionsRequest",
            new XElement(Crs + "accessControlQuery",
                ResourceContext(request.ResourceContextRoot, request.NhsNumber),
                request.Sets.Select(set => new XElement(Crs + "accessControlSet",
                    new XElement(Crs + "resource", Optional("type", set.ResourceType), Optional("Id", set.ResourceId)),
                    new XElement(Crs + "function", Optional("context", set.FunctionContext), Optional("code", set.FunctionCode)),
                    new XElement(Crs + "accessor",
                        Optional("type", set.AccessorType),
                        new XElement(Crs + "accessorId",
                            set.AccessorIdRoot is null
                                ? Optional("name", set.AccessorName)
                                : new XElement(Crs + "id",
                                    new XAttribute("root", set.AccessorIdRoot),
                                    set.AccessorIdExtension is null ? null : new XAttribute("extension", set.AccessorIdExtension))))))));

    public static XElement Write(AccessControlAssertion assertion) =>
        new(Crs + "accessControlAssertion",
            new XElement(Crs + "permission", assertion.Permission),
            assertion.UserData is null ? null : new XElement(Crs + "userData", assertion.UserData),
            new XElement(Crs + "resource",
                new XElement(Crs + "type", assertion.ResourceType),
                new XElement(Crs + "Id", assertion.ResourceId)),
            new XElement(Crs + "function",
                new XElement(Crs + "context", assertion.FunctionContext),
                new XElement(Crs + "code", assertion.FunctionCode)),
            assertion.AccessorType is null ? null : new XElement(Crs + "accessor",
                new XElement(Crs + "type", assertion.AccessorType),
                new XElement(Crs + "accessorId",
                    new XElement(Crs + "name", assertion.AccessorName ?? string.Empty))));

    public static GetResourcePermissionsRequest? ReadGetRequest(XElement? payload)
    {
        var query = ByLocalName.Child(payload, "accessControlQuery");
        if (query is null)
        {
            return null;
        }

        var context = ByLocalName.Child(query, "resourceContext");
        var criteria = ByLocalName.Child(query, "queryCriteria");
        return new GetResourcePermissionsRequest(
            context?.Attribute(AttributeNames.Root)?.Value ?? string.Empty,
            context?.Attribute(AttributeNames.Extension)?.Value,
            criteria is null ? null : new PermissionQueryCriteria(
                Text(ByLocalName.Child(criteria, "function"), "context"),
                Text(ByLocalName.Child(criteria, "function"), "code"),
                ByLocalName.Children(criteria, "resource").Select(r => new AcsResource(Text(r, "type"), Text(r, "Id"))).ToList()));
    }

    public static HasResourcePermissionsRequest? ReadHasRequest(XElement? payload)
    {
        var query = ByLocalName.Child(payload, "accessControlQuery");
        if (query is null)
        {
            return null;
        }

        var context = ByLocalName.Child(query, "resourceContext");
        var sets = ByLocalName.Children(query, "accessControlSet").Select(set =>
        {
            var resource = ByLocalName.Child(set, "resource");
            var function = ByLocalName.Child(set, "function");
            var accessor = ByLocalName.Child(set, "accessor");
            var accessorId = ByLocalName.Child(ByLocalName.Child(accessor, "accessorId"), "id");
            return new AccessControlSet(
                Text(resource, "type"), Text(resource, "Id"), Text(function, "context"), Text(function, "code"),
                Text(accessor, "type"), Text(ByLocalName.Child(accessor, "accessorId"), "name"))
            {
                AccessorIdRoot = accessorId?.Attribute(AttributeNames.Root)?.Value,
                AccessorIdExtension = accessorId?.Attribute(AttributeNames.Extension)?.Value,
            };
        }).ToList();
        return new HasResourcePermissionsRequest(context?.Attribute(AttributeNames.Root)?.Value ?? string.Empty, context?.Attribute(AttributeNames.Extension)?.Value, sets);
    }

    /// <summary>Reads the <c>permissions</c> block under a wrapper (a Set request, a Get or Has response).</summary>
    public static ResourcePermissions? ReadPermissions(XElement? payload)
    {
        var permissions = ByLocalName.Child(payload, "permissions");
        if (permissions is null)
        {
            return null;
        }

        var assertions = ByLocalName.Children(permissions, "accessControlAssertion").Select(ReadAssertion).ToList();
        var context = ByLocalName.Child(permissions, "resourceContext");
        return new ResourcePermissions(context?.Attribute(AttributeNames.Extension)?.Value ?? string.Empty, assertions)
        {
            ResourceContextRoot = context?.Attribute(AttributeNames.Root)?.Value ?? string.Empty,
        };
    }

    public static AccessControlAssertion ReadAssertion(XElement assertion)
    {
        var resource = ByLocalName.Child(assertion, "resource");
        var function = ByLocalName.Child(assertion, "function");
        var accessor = ByLocalName.Child(assertion, "accessor");
        return new AccessControlAssertion(
            Text(assertion, "permission") ?? string.Empty,
            Text(resource, "type") ?? string.Empty,
            Text(resource, "Id") ?? string.Empty,
            Text(function, "context") ?? string.Empty,
            Text(function, "code") ?? string.Empty,
            Text(accessor, "type"),
            Text(ByLocalName.Child(accessor, "accessorId"), "name"))
        {
            UserData = Text(assertion, "userData"),
        };
    }

    private static string? Text(XElement? parent, string localName) => ByLocalName.Child(parent, localName)?.Value.Trim();

    private static XElement ResourceContext(string root, string? extension) =>
        new(Crs + "resourceContext",
            new XAttribute("root", root),
            extension is null ? null : new XAttribute("extension", extension));

    private static XElement? Optional(string name, string? value) => value is null ? null : new XElement(Crs + name, value);
}
