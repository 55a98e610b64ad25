using System.Text;
using System.Xml;
using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Simulator.Tests.Robustness.Fuzzing;

/// <summary>
/// Mutations of the XML a request carries: the SOAP envelope of a synchronous request, or any XML part of an ebXML message
/// (the envelope or the HL7 payload). A request whose XML no longer parses is left as it is.
/// </summary>
internal static class XmlMutations
{
    private static readonly string[] Names = ["id", "extension", "root", "code", "value", "Envelope", "Header", "Body", "ControlActEvent", "subject", "x"];

    public static IReadOnlyList<Mutation> All { get; } =
    [
        Element("remove an element", notRoot: true, (e, _) => e.Remove()),
        Element("duplicate an element", notRoot: true, (e, _) => e.AddAfterSelf(new XElement(e))),
        Element("rename an element", notRoot: false, (e, random) => e.Name = Rename(random, e.Name)),
        Element("set an element's text to a hostile value", notRoot: true, (e, random) => e.Value = Mutations.AnyHostile(random)),
        Element("empty an element", notRoot: false, (e, _) => e.RemoveNodes()),
        Element("add a hostile attribute", notRoot: false, (e, random) => e.SetAttributeValue(Names[random.Next(Names.Length)] + "x", Mutations.AnyHostile(random))),
        Attribute("set an attribute to a hostile value", (a, random) => a.Value = Mutations.AnyHostile(random)),
        Attribute("remove an attribute", (a, _) => a.Remove()),
        new("move an element elsewhere", (r, q) => Edit(r, q, Move)),
        new("nest an element deeply", (r, q) => Edit(r, q, Nest)),
    ];

    private static Mutation Element(string name, bool notRoot, Action<XElement, Random> change) =>
        new(name, (r, q) => Edit(r, q, (document, random) =>
        {
            if (AnyElement(document, random, notRoot) is { } element)
            {
                change(element, random);
            }
        }));

    private static Mutation Attribute(string name, Action<XAttribute, Random> change) =>
        new(name, (r, q) => Edit(r, q, (document, random) =>
        {
            if (AnyAttribute(document, random) is { } attribute)
            {
                change(attribute, random);
            }
        }));

    private static BadRequest Edit(Random random, BadRequest request, Action<XDocument, Random> change)
    {
        var type = MimeContentType.Parse(request.ContentType);
        if (!type.Is(MimeContentType.MultipartRelated) || type.Parameter("boundary") is not { Length: > 0 } boundary)
        {
            return Changed(request.Body, random, change) is { } body ? request with { Body = body } : request;
        }

        var mime = MimeMultipartReader.Read(request.ContentType, request.Body);
        var xmlParts = mime.Parts.Where(p => Changed(p.Content.ToArray(), new Random(0), (_, _) => { }) is not null).ToList();
        if (xmlParts.Count == 0)
        {
            return request;
        }

        var target = xmlParts[random.Next(xmlParts.Count)];
        if (Changed(target.Content.ToArray(), random, change) is not { } content)
        {
            return request;
        }

        var parts = mime.Parts.Select(p => p == target ? p with { Content = content } : p).ToList();
        return request with { Body = MimeMultipartWriter.Write(parts, mime.Start ?? EbxmlConstants.EnvelopeContentId, boundary).Body };
    }

    // The document after the change, or null when the bytes are not XML (or the changed document cannot be written at all).
    private static byte[]? Changed(byte[] bytes, Random random, Action<XDocument, Random> change)
    {
        if (HardenedXml.Load(bytes).Document is not { } document)
        {
            return null;
        }

        change(document, random);
        try
        {
            using var stream = new MemoryStream();
            var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), CheckCharacters = false, OmitXmlDeclaration = document.Declaration is null };
            using (var writer = XmlWriter.Create(stream, settings))
            {
                document.Save(writer);
            }

            return stream.ToArray();
        }
        catch (Exception e) when (e is ArgumentException or XmlException or InvalidOperationException)
        {
            // The change made a document no writer can write (a prefix bound twice, say): this mutation does nothing.
            return null;
        }
    }

    private static XElement? AnyElement(XDocument document, Random random, bool notRoot)
    {
        var elements = document.Descendants().Where(e => !notRoot || e.Parent is not null).ToList();
        return elements.Count == 0 ? null : elements[random.Next(elements.Count)];
    }

    private static XAttribute? AnyAttribute(XDocument document, Random random)
    {
        var attributes = document.Descendants().SelectMany(e => e.Attributes()).Where(a => !a.IsNamespaceDeclaration).ToList();
        return attributes.Count == 0 ? null : attributes[random.Next(attributes.Count)];
    }

    private static XName Rename(Random random, XName name) => random.Next(3) switch
    {
        0 => name.Namespace + Names[random.Next(Names.Length)],
        1 => XNamespace.Get("urn:example:other") + name.LocalName,
        _ => XNamespace.None + name.LocalName,
    };

    private static void Move(XDocument document, Random random)
    {
        if (AnyElement(document, random, notRoot: true) is { } moved && AnyElement(document, random, notRoot: false) is { } target
            && target != moved && !target.Ancestors().Contains(moved))
        {
            moved.Remove();
            target.Add(moved);
        }
    }

    // Sometimes within the reader's depth limit, sometimes well past it.
    private static void Nest(XDocument document, Random random)
    {
        if (AnyElement(document, random, notRoot: true) is not { } nested)
        {
            return;
        }

        var wrapper = new XElement(nested.Name.Namespace + "wrap");
        var innermost = wrapper;
        for (var depth = random.Next(1, 150); depth > 0; depth--)
        {
            var next = new XElement(nested.Name.Namespace + "wrap");
            innermost.Add(next);
            innermost = next;
        }

        nested.ReplaceWith(wrapper);
        innermost.Add(nested);
    }
}
