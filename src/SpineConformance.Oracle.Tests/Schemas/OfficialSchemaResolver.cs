using System.Xml;

namespace SpineConformance.Oracle.Tests.Schemas;

/// <summary>
/// Resolves the official XSDs' relative <c>xs:include</c>/<c>xs:import</c> locations, and nothing else: only <c>file:</c>
/// URIs inside the official schema folder are opened, so a schema can never reach the network or the rest of the disk.
/// </summary>
internal sealed class OfficialSchemaResolver(string root) : XmlUrlResolver
{
    private readonly string root = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(root)) + System.IO.Path.DirectorySeparatorChar;

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        ArgumentNullException.ThrowIfNull(absoluteUri);
        if (!absoluteUri.IsFile)
        {
            throw new XmlException($"Refused to resolve '{absoluteUri}': only file: URIs under {root} are read.");
        }

        var path = System.IO.Path.GetFullPath(absoluteUri.LocalPath);
        if (!path.StartsWith(root, StringComparison.Ordinal))
        {
            throw new XmlException($"Refused to resolve '{absoluteUri}': it is outside the official schema folder {root}.");
        }

        if (ofObjectToReturn is not null && ofObjectToReturn != typeof(Stream))
        {
            throw new XmlException($"Refused to resolve '{absoluteUri}' as {ofObjectToReturn}: only streams are served.");
        }

        return File.OpenRead(path);
    }
}
