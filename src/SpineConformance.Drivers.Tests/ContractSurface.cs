using System.Text.Json.Nodes;

namespace SpineConformance.Drivers;

/// <summary>
/// What a system implementing the test hook relies on, read from its OpenAPI document as lines a person can diff: each
/// operation (<c>POST /test-hook/acs/view</c>), each JSON property it sends or answers with, by dotted path
/// (<c>POST /test-hook/acs/view response .shown.view</c>), and each enum word a property takes. Schema names are left out:
/// they are C# type names, not part of the wire format.
/// </summary>
public static class ContractSurface
{
    private const int MaxDepth = 6;

    public static IReadOnlyList<string> Of(JsonNode contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var schemas = contract["components"]?["schemas"]?.AsObject();
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (path, item) in contract["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var name = $"{method.ToUpperInvariant()} {path}";
                lines.Add(name);
                Walk(operation?["requestBody"]?["content"]?["application/json"]?["schema"], $"{name} request ", schemas, lines, 0);
                Walk(operation?["responses"]?["200"]?["content"]?["application/json"]?["schema"], $"{name} response ", schemas, lines, 0);
            }
        }

        return [.. lines];
    }

    private static void Walk(JsonNode? schema, string at, JsonObject? schemas, SortedSet<string> lines, int depth)
    {
        if (schema is null || depth > MaxDepth)
        {
            return;
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            Walk(schemas?[reference.Split('/')[^1]], at, schemas, lines, depth + 1);
            return;
        }

        foreach (var option in (schema["oneOf"] ?? schema["anyOf"] ?? schema["allOf"])?.AsArray() ?? [])
        {
            Walk(option, at, schemas, lines, depth + 1);
        }

        foreach (var word in schema["enum"]?.AsArray() ?? [])
        {
            if (word is not null)
            {
                lines.Add($"{at}= {word}");
            }
        }

        Walk(schema["items"], at + "[]", schemas, lines, depth + 1);
        foreach (var (property, propertySchema) in schema["properties"]?.AsObject() ?? [])
        {
            lines.Add($"{at}.{property}");
            Walk(propertySchema, $"{at}.{property}", schemas, lines, depth + 1);
        }
    }
}
