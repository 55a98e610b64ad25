using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SpineConformance.Drivers.Web;

/// <summary>
/// How the Playwright driver works a system's web pages: per business action, the page to open, the fields to fill,
/// tick, choose or click, the button that submits, the element that shows the result, and where each value of the
/// result is read. <c>{name}</c> in a path, selector or value is filled from the action's parameters. See
/// <c>src/SpineConformance.Drivers/Web/reference-sut.pagemap.json</c> and the README's "The page map".
/// </summary>
public sealed record PageMap
{
    /// <summary>Every action a page map may hold, with the parameters it is given.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> KnownActions = new Dictionary<string, string[]>
    {
        ["actAs"] = ["roleProfileId", "userId", "jobRole"],
        ["viewPermissions"] = ["nhsNumber"],
        ["checkPermissions"] = ["nhsNumber"],
        ["recordDecision"] = ["nhsNumber", "decision"],
        ["requestLr"] = ["nhsNumber", "lrType", "workgroupId", "accessReason", "justification", "alert"],
        ["changeLrStatus"] = ["nhsNumber", "lrId", "reason"],
        ["addToWorkgroup"] = ["memberRoleProfileId", "memberUserId", "workgroupId"],
        ["removeFromWorkgroup"] = ["memberRoleProfileId", "memberUserId", "workgroupId"],
        ["lrOutcome"] = ["conversationId"],
        ["confirmLr"] = ["nhsNumber", "history"],
        ["lrDetails"] = ["nhsNumber", "complete"],
        ["batchConfirmLr"] = ["nhsNumbers"],
        ["userRoleProfiles"] = ["userId"],
        ["workgroupMembers"] = ["workgroupIds"],
        ["mhsSent"] = [],
        ["mhsReceived"] = [],
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    [JsonPropertyName("$comment")]
    public string? Comment { get; init; }

    public Dictionary<string, PageAction> Actions { get; init; } = [];

    /// <summary>Per field, what a page shows → the contract's word (e.g. outcome "SpineError" → "spineError").</summary>
    public Dictionary<string, Dictionary<string, string>> Values { get; init; } = [];

    /// <summary>Reads and checks a page map file, naming every problem in it.</summary>
    public static PageMap Load(string path)
    {
        PageMap? map;
        try
        {
            map = JsonSerializer.Deserialize<PageMap>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The page map '{path}' is not valid: {e.Message}", e);
        }

        var problems = (map ?? new PageMap()).Problems().ToList();
        if (map is null || problems.Count > 0)
        {
            throw new InvalidDataException($"The page map '{path}' has {problems.Count} problem(s):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");
        }

        return map;
    }

    public IEnumerable<string> Problems()
    {
        foreach (var (name, action) in Actions)
        {
            if (!KnownActions.TryGetValue(name, out var parameters))
            {
                yield return $"'{name}' is not an action; the actions are {string.Join(", ", KnownActions.Keys)}.";
                continue;
            }

            foreach (var template in action.Templates())
            {
                foreach (var placeholder in Placeholders(template).Where(p => !parameters.Contains(p)))
                {
                    yield return $"{name}: '{{{placeholder}}}' in \"{template}\" is not one of its parameters ({(parameters.Length == 0 ? "it has none" : string.Join(", ", parameters))}).";
                }
            }

            if (action.Open is null && action.Submit is null)
            {
                yield return $"{name}: needs 'open' (a page) or 'submit' (a button), or both.";
            }
        }
    }

    /// <summary>The action, or a failure naming what the page map lacks for this scenario.</summary>
    public PageAction Action(string name) => Actions.TryGetValue(name, out var action)
        ? action
        : throw new InvalidOperationException($"The page map has no '{name}' action, which this scenario needs. Add it (see src/SpineConformance.Drivers/Web/reference-sut.pagemap.json).");

    /// <summary>The contract's word for what the page showed in <paramref name="field"/>.</summary>
    public string Word(string field, string shown) =>
        Values.TryGetValue(field, out var words) && words.TryGetValue(shown, out var word) ? word : shown;

    public static IEnumerable<string> Placeholders(string template) =>
        System.Text.RegularExpressions.Regex.Matches(template, @"\{([A-Za-z]+)\}", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))
            .Select(m => m.Groups[1].Value);
}

/// <summary>One business action on the pages.</summary>
public sealed record PageAction
{
    /// <summary>The path to open first, relative to SutBaseUrl.</summary>
    public string? Open { get; init; }

    /// <summary>Text fields: selector → value.</summary>
    public Dictionary<string, string> Fill { get; init; } = [];

    /// <summary>Drop-down lists: selector → option value (empty for "none").</summary>
    public Dictionary<string, string> Select { get; init; } = [];

    /// <summary>Checkboxes: selector → "true" to tick, anything else to clear.</summary>
    public Dictionary<string, string> Check { get; init; } = [];

    /// <summary>Elements to click before submitting, in order (a radio button, a tab).</summary>
    public List<string> Click { get; init; } = [];

    /// <summary>The button that performs the action.</summary>
    public string? Submit { get; init; }

    /// <summary>The element that appears when the system shows the result.</summary>
    public string? WaitFor { get; init; }

    /// <summary>The values shown: contract field → where to read it.</summary>
    public Dictionary<string, ReadSpec> Read { get; init; } = [];

    /// <summary>A query's result, as JSON: field → a value, or a list of rows.</summary>
    public Dictionary<string, ResultSpec> Result { get; init; } = [];

    /// <summary>For a log page: the rows and each row's fields.</summary>
    public RowsSpec? List { get; init; }

    public IEnumerable<string> Templates() =>
        new[] { Open, Submit, WaitFor }.OfType<string>()
            .Concat(Fill.Keys).Concat(Fill.Values).Concat(Select.Keys).Concat(Select.Values).Concat(Check.Keys).Concat(Check.Values).Concat(Click);
}

/// <summary>Where one value is read: an element's text, or one of its attributes; as text, a boolean or a number.</summary>
[JsonConverter(typeof(ReadSpecConverter))]
public sealed record ReadSpec
{
    /// <summary>The element; within a row, relative to the row (empty: the row itself).</summary>
    public string? Selector { get; init; }

    public string? Attribute { get; init; }

    /// <summary><c>string</c> (the default value), <c>boolean</c> ("true"/"false"; anything else is null) or <c>number</c>.</summary>
    public string Type { get; init; } = "string";

    /// <summary>A regular expression whose first group is the value (e.g. a name without the code after it).</summary>
    public string? Pattern { get; init; }

    /// <summary>A missing element gives null instead of failing the action.</summary>
    public bool Optional { get; init; }
}

/// <summary>A result field: one value (<see cref="ReadSpec"/>'s properties) or rows (<see cref="Rows"/> and <see cref="Fields"/>).</summary>
public sealed record ResultSpec
{
    public string? Selector { get; init; }

    public string? Attribute { get; init; }

    public string Type { get; init; } = "string";

    public string? Pattern { get; init; }

    public bool Optional { get; init; }

    public string? Rows { get; init; }

    public Dictionary<string, ReadSpec> Fields { get; init; } = [];

    public ReadSpec AsValue() => new() { Selector = Selector, Attribute = Attribute, Type = Type, Pattern = Pattern, Optional = Optional };
}

/// <summary>Rows of a table and what each row holds.</summary>
public sealed record RowsSpec
{
    public required string Rows { get; init; }

    public Dictionary<string, ReadSpec> Fields { get; init; } = [];
}

/// <summary>A read is a selector string (the element's text) or an object.</summary>
internal sealed class ReadSpecConverter : JsonConverter<ReadSpec>
{
    public override ReadSpec Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new ReadSpec { Selector = reader.GetString() };
        }

        var node = JsonNode.Parse(ref reader) as JsonObject ?? throw new JsonException("A read is a selector, or an object with selector, attribute, type, pattern and optional.");
        var unknown = node.Select(p => p.Key).Except(["selector", "attribute", "type", "pattern", "optional"]).ToList();
        if (unknown.Count > 0)
        {
            throw new JsonException($"A read has no '{unknown[0]}'; it has selector, attribute, type, pattern and optional.");
        }

        var type = node["type"]?.GetValue<string>() ?? "string";
        if (type is not ("string" or "boolean" or "number"))
        {
            throw new JsonException($"A read's type is string, boolean or number, not '{type}'.");
        }

        return new ReadSpec
        {
            Selector = node["selector"]?.GetValue<string>(),
            Attribute = node["attribute"]?.GetValue<string>(),
            Type = type,
            Pattern = node["pattern"]?.GetValue<string>(),
            Optional = node["optional"]?.GetValue<bool>() ?? false,
        };
    }

    public override void Write(Utf8JsonWriter writer, ReadSpec value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new { value.Selector, value.Attribute, value.Type, value.Pattern, value.Optional }, options);
}
