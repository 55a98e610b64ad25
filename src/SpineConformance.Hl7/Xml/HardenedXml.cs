using System.Xml;
using System.Xml.Linq;

namespace SpineConformance.Hl7.Xml;

/// <summary>
/// The only way this product reads XML from outside: no DTDs, no external resolution, bounded size,
/// and line information kept so every error can say where it happened.
/// </summary>
public static class HardenedXml
{
    /// <summary>The default limit on characters in one document (4 MiB), far above any ACS or LR message.</summary>
    public const long DefaultMaxCharacters = 4 * 1024 * 1024;

    public static XmlReaderSettings ReaderSettings(long maxCharacters = DefaultMaxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    public static XmlLoadResult Load(ReadOnlySpan<byte> bytes, long maxCharacters = DefaultMaxCharacters)
    {
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        return Load(stream, maxCharacters);
    }

    public static XmlLoadResult Load(Stream stream, long maxCharacters = DefaultMaxCharacters)
    {
        try
        {
            using var reader = XmlReader.Create(stream, ReaderSettings(maxCharacters));
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            return new XmlLoadResult(document, null, null, null);
        }
        catch (XmlException ex)
        {
            return new XmlLoadResult(null, Explain(ex), ex.LineNumber, ex.LinePosition);
        }
    }

    public static XmlLoadResult Load(string text, long maxCharacters = DefaultMaxCharacters)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), ReaderSettings(maxCharacters));
            return new XmlLoadResult(XDocument.Load(reader, LoadOptions.SetLineInfo), null, null, null);
        }
        catch (XmlException ex)
        {
            return new XmlLoadResult(null, Explain(ex), ex.LineNumber, ex.LinePosition);
        }
    }

    private static string Explain(XmlException ex) =>
        ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
            ? $"The message contains a document type declaration (DTD), which Spine messages never carry and this reader refuses: {ex.Message}"
            : $"The message is not well-formed XML: {ex.Message}";
}
