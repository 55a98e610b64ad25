using System.Xml.Linq;

namespace SpineConformance.Hl7.Xml;

/// <summary>A parsed document, or why the bytes could not be read as XML (with the line and column).</summary>
public sealed record XmlLoadResult(XDocument? Document, string? Error, int? Line, int? Column)
{
    public bool Success => Document is not null;
}
