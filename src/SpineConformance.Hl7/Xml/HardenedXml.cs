using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SpineConformance.Hl7.Xml;

/// <summary>
/// The only way this product reads XML from outside: no DTDs, no external resolution, bounded size, nesting depth and
/// attribute length, and line information kept so every error can say where it happened.
/// </summary>
public static class HardenedXml
{
    /// <summary>The default limit on characters in one document (4 MiB), far above any ACS or LR message.</summary>
    public const long DefaultMaxCharacters = 4 * 1024 * 1024;

    /// <summary>The default limit on element nesting (100 levels); Spine's ACS and LR messages stay under 30.</summary>
    public const int DefaultMaxDepth = 100;

    /// <summary>The default limit on one attribute value (64 Ki characters); Spine's ids, codes and timestamps are far shorter.</summary>
    public const int DefaultMaxAttributeCharacters = 64 * 1024;

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
        if (bytes.IsEmpty)
        {
            return Empty;
        }

        return Load(bytes.ToArray(), maxCharacters);
    }

    /// <summary>
    /// As <see cref="Load(ReadOnlySpan{byte}, long)"/>, reading the array where it is instead of a copy. A document read
    /// from bytes works out its line numbers only when one is asked for (<see cref="XmlPath.LineOf"/>), from the array,
    /// which it keeps: the caller must not change the array afterwards.
    /// </summary>
    public static XmlLoadResult Load(byte[] bytes, long maxCharacters = DefaultMaxCharacters)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return Empty;
        }

        var result = Load(() => XmlReader.Create(new MemoryStream(bytes, writable: false), ThreadSettings(maxCharacters)), LoadOptions.None);
        result.Document?.AddAnnotation(new LinesOnDemand(bytes, maxCharacters));
        return result;
    }

    /// <summary>The bytes read again with every node's line, for <see cref="LinesOnDemand"/>.</summary>
    internal static XmlLoadResult LoadWithLines(byte[] bytes, long maxCharacters) =>
        Load(() => XmlReader.Create(new MemoryStream(bytes, writable: false), ThreadSettings(maxCharacters)), LoadOptions.SetLineInfo);

    public static XmlLoadResult Load(Stream stream, long maxCharacters = DefaultMaxCharacters) =>
        Load(() => XmlReader.Create(stream, ThreadSettings(maxCharacters)), LoadOptions.SetLineInfo);

    public static XmlLoadResult Load(string text, long maxCharacters = DefaultMaxCharacters) =>
        text.Length == 0 ? Empty : Load(() => XmlReader.Create(new StringReader(text), ThreadSettings(maxCharacters)), LoadOptions.SetLineInfo);

    // The settings every document here is read with: one per thread, each with that thread's names (ThreadNameTable),
    // so a name read before is found, not made again. A reader only reads its settings, and nothing hands them out.
    [ThreadStatic]
    private static XmlReaderSettings? threadSettings;

    private static XmlReaderSettings ThreadSettings(long maxCharacters)
    {
        var settings = threadSettings;
        if (settings?.NameTable is not ThreadNameTable { IsFull: false })
        {
            settings = ReaderSettings();
            settings.NameTable = ThreadNameTable.ForThisThread();
            threadSettings = settings;
        }

        if (maxCharacters == DefaultMaxCharacters)
        {
            return settings;
        }

        var bounded = settings.Clone();
        bounded.MaxCharactersInDocument = maxCharacters;
        return bounded;
    }

    private static XmlLoadResult Empty { get; } = new(null, "The message is empty: there is no XML to read.", null, null);

    private static XmlLoadResult Load(Func<XmlReader> open, LoadOptions options)
    {
        try
        {
            using var reader = new BoundedXmlReader(open(), DefaultMaxDepth, DefaultMaxAttributeCharacters);
            return new XmlLoadResult(XDocument.Load(reader, options), null, null, null);
        }
        catch (XmlException ex)
        {
            return new XmlLoadResult(null, Explain(ex), ex.LineNumber, ex.LinePosition);
        }
    }

    // The reader's own words, turned into what a sender can act on; its advice to enable DTD processing is not for them.
    private static string Explain(XmlException ex) => ex switch
    {
        XmlLimitException => ex.Message,
        _ when ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) =>
            "The message contains a document type declaration (<!DOCTYPE ...>). Spine messages never carry one, and this reader refuses "
            + "every DTD, so no entity is expanded and nothing outside the message is read: remove the DOCTYPE and any entity references.",
        _ when ex.InnerException is DecoderFallbackException || ex.Message.Contains("given encoding", StringComparison.OrdinalIgnoreCase) =>
            $"The message is not valid UTF-8 (or the encoding its XML declaration names) at line {ex.LineNumber}, position {ex.LinePosition}: "
            + "Spine messages are UTF-8, so send UTF-8 bytes (a byte such as 0xE9 from ISO-8859-1 is not UTF-8).",
        _ => $"The message is not well-formed XML: {ex.Message}",
    };
}
