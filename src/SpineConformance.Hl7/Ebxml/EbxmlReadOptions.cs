using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Ebxml;

/// <summary>Limits for reading one ebXML message. The caller bounds the body's total size before reading it.</summary>
public sealed record EbxmlReadOptions
{
    public static EbxmlReadOptions Default { get; } = new();

    /// <summary>The most MIME parts read. The default value is 100.</summary>
    public int MaxParts { get; init; } = MimeMultipartReader.DefaultMaxParts;

    /// <summary>The most characters in one XML part. The default value is 4 MiB (<see cref="HardenedXml.DefaultMaxCharacters"/>).</summary>
    public long MaxXmlCharacters { get; init; } = HardenedXml.DefaultMaxCharacters;
}
