using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;

namespace SpineConformance.Simulator.Directory;

/// <summary>
/// Reads and writes the directory as JSON. Durations are ISO 8601 as SDS writes them (<c>PT30S</c>, <c>PT5M</c>);
/// <c>hh:mm:ss</c> is accepted too.
/// </summary>
public static class DirectoryJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new IsoDurationJsonConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a directory file, with an error that names the file and the line when it is wrong.</summary>
    public static DirectoryData Read(string path)
    {
        try
        {
            var directory = JsonSerializer.Deserialize<DirectoryData>(File.ReadAllText(path), Options)
                ?? throw new InvalidDataException($"The directory file '{path}' is empty.");
            return DirectoryProblems.Of(directory) is { Count: > 0 } problems
                ? throw new InvalidDataException($"The directory file '{path}' has {problems.Count} problem(s):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}")
                : directory;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The directory file '{path}' is not valid: {ex.Message}", ex);
        }
    }

    public static DirectoryData ReadDefault()
    {
        using var stream = typeof(DirectoryJson).Assembly.GetManifestResourceStream("SpineConformance.Simulator.default-directory.json")
            ?? throw new InvalidOperationException("The default directory is not embedded in the simulator.");
        return JsonSerializer.Deserialize<DirectoryData>(stream, Options)!;
    }
}
