using System.Xml;

namespace SpineConformance.Hl7.Xml;

/// <summary>
/// Passes an <see cref="XmlReader"/> through unchanged, but refuses elements nested deeper than a limit and attribute
/// values longer than a limit, where they are read. The document size limit alone would let a 4 MiB body hold a million
/// nested elements (slow and stack-hungry for everything that walks the tree afterwards) or one enormous attribute.
/// </summary>
internal sealed class BoundedXmlReader(XmlReader inner, int maxDepth, int maxAttributeCharacters) : XmlReader, IXmlLineInfo
{
    private readonly IXmlLineInfo? lines = inner as IXmlLineInfo;

    public override int AttributeCount => inner.AttributeCount;

    public override string BaseURI => inner.BaseURI;

    public override int Depth => inner.Depth;

    public override bool EOF => inner.EOF;

    public override bool IsEmptyElement => inner.IsEmptyElement;

    public override string LocalName => inner.LocalName;

    public override string Name => inner.Name;

    public override string NamespaceURI => inner.NamespaceURI;

    public override XmlNameTable NameTable => inner.NameTable;

    public override XmlNodeType NodeType => inner.NodeType;

    public override string Prefix => inner.Prefix;

    public override ReadState ReadState => inner.ReadState;

    public override string Value => inner.Value;

    public override bool HasValue => inner.HasValue;

    public override bool IsDefault => inner.IsDefault;

    public override string XmlLang => inner.XmlLang;

    public override XmlSpace XmlSpace => inner.XmlSpace;

    public int LineNumber => lines?.LineNumber ?? 0;

    public int LinePosition => lines?.LinePosition ?? 0;

    public bool HasLineInfo() => lines?.HasLineInfo() == true;

    public override bool Read()
    {
        if (!inner.Read())
        {
            return false;
        }

        if (inner.NodeType == XmlNodeType.Element)
        {
            CheckElement();
        }

        return true;
    }

    public override string GetAttribute(int i) => inner.GetAttribute(i);

    public override string? GetAttribute(string name) => inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

    public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);

    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

    public override bool MoveToElement() => inner.MoveToElement();

    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => inner.ReadAttributeValue();

    public override void ResolveEntity() => inner.ResolveEntity();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void CheckElement()
    {
        // Depth counts from 0 at the root element, so the root is level 1.
        if (inner.Depth >= maxDepth)
        {
            throw Refusal($"Element '{inner.Name}' is nested {inner.Depth + 1} levels deep; this reader accepts at most {maxDepth} levels (no Spine message comes close).");
        }

        for (var i = 0; i < inner.AttributeCount; i++)
        {
            if (inner.GetAttribute(i).Length > maxAttributeCharacters)
            {
                inner.MoveToAttribute(i);
                var name = inner.Name;
                var length = inner.Value.Length;
                inner.MoveToElement();
                throw Refusal($"Attribute '{name}' of element '{inner.Name}' is {length} characters long; this reader accepts at most {maxAttributeCharacters} characters in one attribute (Spine's ids and codes are far shorter).");
            }
        }
    }

    private XmlLimitException Refusal(string message) => new(message, LineNumber, LinePosition);
}

/// <summary>A document that broke one of <see cref="BoundedXmlReader"/>'s limits; its message already says which and why.</summary>
internal sealed class XmlLimitException(string message, int line, int position) : XmlException(message, null, line, position);
