using System.Collections.Frozen;
using System.Security.Cryptography;

namespace SpineConformance.Simulator.WebConsole;

/// <summary>One embedded console file, with its content type and an ETag from its content.</summary>
internal sealed record ConsoleAsset(string Name, byte[] Content, string ContentType, string ETag);

/// <summary>The console's files, embedded under <see cref="ResourcePrefix"/> and read once.</summary>
internal static class ConsoleAssets
{
    public const string ResourcePrefix = "SpineConformance.Simulator.Console.";

    public const string IndexName = "index.html";

    private static readonly FrozenDictionary<string, ConsoleAsset> All = Load();

    public static ConsoleAsset? Find(string name) => All.GetValueOrDefault(name);

    public static IEnumerable<string> Names => All.Keys;

    private static FrozenDictionary<string, ConsoleAsset> Load()
    {
        var assembly = typeof(ConsoleAssets).Assembly;
        var assets = new Dictionary<string, ConsoleAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..];
            if (ContentTypeOf(name) is not { } contentType)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var content = copy.ToArray();
            assets[name] = new ConsoleAsset(name, content, contentType, $"\"{Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 16))}\"");
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string? ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => null,
    };
}
