using System.Text;
using SpineConformance.Hl7.Ebxml;
using static SpineConformance.Hl7.Tests.Ebxml.MimeBodies;

namespace SpineConformance.Hl7.Tests.Ebxml;

public sealed class MimeMultipartReaderTests
{
    private const string MhsContentType = "multipart/related; boundary=\"--=_MIME-Boundary\"; type=text/xml; start=ebXMLHeader@spine.nhs.uk";
    private const string SpineToolsContentType = "multipart/related; boundary=\"--=_MIME-Boundary\"; charset=\"UTF-8\"; type=\"text/xml\"; start=\"<ebXMLHeader@spine.nhs.uk>\"";

    private static readonly (string, byte[])[] TwoParts =
    [
        Part("ebXMLHeader@spine.nhs.uk", "text/xml; charset=UTF-8", "8bit", Utf8("<a/>")),
        Part("payload@spine.nhs.uk", "text/xml", "8bit", Utf8("<b>\r\nline two</b>")),
    ];

    [TestCase(MhsContentType)]
    [TestCase(SpineToolsContentType)]
    [TestCase("Multipart/Related; BOUNDARY=\"--=_MIME-Boundary\"; Type=\"text/xml\"; START=\"<ebXMLHeader@spine.nhs.uk>\"")]
    public void Read_EitherContentTypeForm_FindsBothPartsAndStart(string contentType)
    {
        var read = MimeMultipartReader.Read(contentType, Join("\r\n", TwoParts));

        Assert.Multiple(() =>
        {
            Assert.That(read.Problems, Is.Empty);
            Assert.That(read.Start, Is.EqualTo("ebXMLHeader@spine.nhs.uk"));
            Assert.That(read.Parts.Select(p => p.ContentId), Is.EqualTo(new[] { "ebXMLHeader@spine.nhs.uk", "payload@spine.nhs.uk" }));
            Assert.That(Encoding.UTF8.GetString(read.Parts[1].Content.Span), Is.EqualTo("<b>\r\nline two</b>"));
        });
    }

    [Test]
    public void Read_LfLineEndsPreambleAndEpilogue_ReadsPartsExactly()
    {
        var body = Join("\n", TwoParts, preamble: "This is a MIME message.", epilogue: "trailing words\n");

        var read = MimeMultipartReader.Read(MhsContentType, body);

        Assert.Multiple(() =>
        {
            Assert.That(read.Problems, Is.Empty);
            Assert.That(read.Parts, Has.Count.EqualTo(2));
            Assert.That(Encoding.UTF8.GetString(read.Parts[0].Content.Span), Is.EqualTo("<a/>"));
            Assert.That(read.Parts[0].ContentType, Is.EqualTo("text/xml; charset=UTF-8"));
        });
    }

    [Test]
    public void Read_LowerCaseHeaderNamesAndFoldedValue_ReadsHeaders()
    {
        var body = Join("\r\n", [("content-id: <x@y>\ncontent-type: application/xml;\n charset=UTF-8\ncontent-transfer-encoding: 8BIT", Utf8("<c/>"))]);

        var part = MimeMultipartReader.Read(MhsContentType.Replace("ebXMLHeader@spine.nhs.uk", "x@y", StringComparison.Ordinal), body).Parts.Single();

        Assert.Multiple(() =>
        {
            Assert.That(part.ContentId, Is.EqualTo("x@y"));
            Assert.That(part.ContentType, Is.EqualTo("application/xml; charset=UTF-8"));
            Assert.That(part.TransferEncoding, Is.EqualTo("8bit"));
        });
    }

    [Test]
    public void Read_Base64Part_DecodesContent()
    {
        var bytes = Enumerable.Range(0, 300).Select(i => (byte)i).ToArray();
        var wrapped = Convert.ToBase64String(bytes, Base64FormattingOptions.InsertLineBreaks);
        var body = Join("\r\n", [TwoParts[0], Part("doc@x", "application/octet-stream", "base64", Utf8(wrapped))]);

        var read = MimeMultipartReader.Read(MhsContentType, body);

        Assert.That(read.Parts[1].Content.ToArray(), Is.EqualTo(bytes));
    }

    [Test]
    public void Read_NoBoundaryParameter_ReportsMissingBoundary()
    {
        var read = MimeMultipartReader.Read("multipart/related; type=\"text/xml\"", Join("\r\n", TwoParts));

        Assert.That(read.Problems.Select(p => p.Kind), Is.EqualTo(new[] { EbxmlProblemKind.MissingBoundary }));
    }

    [Test]
    public void Read_BoundaryNotInBody_ReportsBoundaryNotFound()
    {
        var read = MimeMultipartReader.Read(MhsContentType.Replace("--=_MIME-Boundary", "other", StringComparison.Ordinal), Join("\r\n", TwoParts));

        Assert.Multiple(() =>
        {
            Assert.That(read.Problems.Select(p => p.Kind), Is.EqualTo(new[] { EbxmlProblemKind.BoundaryNotFound }));
            Assert.That(read.Problems[0].Message, Does.Contain("--other"));
        });
    }

    [Test]
    public void Read_NoClosingDelimiter_ReportsItAndKeepsLastPart()
    {
        var read = MimeMultipartReader.Read(MhsContentType, Join("\r\n", TwoParts, close: false));

        Assert.Multiple(() =>
        {
            Assert.That(read.Problems.Select(p => p.Kind), Is.EqualTo(new[] { EbxmlProblemKind.MissingClosingBoundary }));
            Assert.That(Encoding.UTF8.GetString(read.Parts[1].Content.Span), Is.EqualTo("<b>\r\nline two</b>"));
        });
    }

    [Test]
    public void Read_PartStartingWithBlankLine_ReportsPartWithoutHeaders()
    {
        var read = MimeMultipartReader.Read(MhsContentType, Join("\r\n", [TwoParts[0], (string.Empty, Utf8("<b/>"))]));

        var problem = read.Problems.Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.Kind, Is.EqualTo(EbxmlProblemKind.PartWithoutHeaders));
            Assert.That(problem.PartIndex, Is.EqualTo(2));
        });
    }

    [Test]
    public void Read_PartStartingWithContent_ReportsPartWithoutHeadersAndKeepsContent()
    {
        var body = Encoding.ASCII.GetBytes("----=_MIME-Boundary\r\n<SOAP:Envelope/>\r\n----=_MIME-Boundary--\r\n");

        var read = MimeMultipartReader.Read(MhsContentType, body);

        Assert.Multiple(() =>
        {
            Assert.That(read.Problems.Select(p => p.Kind), Does.Contain(EbxmlProblemKind.PartWithoutHeaders));
            Assert.That(Encoding.ASCII.GetString(read.Parts[0].Content.Span), Is.EqualTo("<SOAP:Envelope/>"));
        });
    }

    [Test]
    public void Read_StartNamingNoPart_ReportsStartNamesNoPart()
    {
        var read = MimeMultipartReader.Read(MhsContentType.Replace("start=ebXMLHeader", "start=nothing", StringComparison.Ordinal), Join("\r\n", TwoParts));

        Assert.That(read.Problems.Single().Kind, Is.EqualTo(EbxmlProblemKind.StartNamesNoPart));
    }

    [Test]
    public void Read_StartNamingSecondPart_ReportsFirstPartNotSoapEnvelope()
    {
        var read = MimeMultipartReader.Read(SpineToolsContentType.Replace("ebXMLHeader@spine.nhs.uk", "payload@spine.nhs.uk", StringComparison.Ordinal), Join("\r\n", TwoParts));

        Assert.That(read.Problems.Single(), Has.Property(nameof(EbxmlProblem.Kind)).EqualTo(EbxmlProblemKind.FirstPartNotSoapEnvelope)
            .And.Property(nameof(EbxmlProblem.PartIndex)).EqualTo(2));
    }

    [Test]
    public void Read_BadBase64_ReportsBase64NotDecodable()
    {
        var read = MimeMultipartReader.Read(MhsContentType, Join("\r\n", [TwoParts[0], Part("doc@x", "application/pdf", "base64", Utf8("not*base64!"))]));

        Assert.That(read.Problems.Single(), Has.Property(nameof(EbxmlProblem.Kind)).EqualTo(EbxmlProblemKind.Base64NotDecodable)
            .And.Property(nameof(EbxmlProblem.PartIndex)).EqualTo(2));
    }

    [Test]
    public void Read_QuotedPrintable_ReportsUnsupportedTransferEncoding()
    {
        var read = MimeMultipartReader.Read(MhsContentType, Join("\r\n", [TwoParts[0], Part("doc@x", "text/plain", "quoted-printable", Utf8("a=3Db"))]));

        Assert.That(read.Problems.Single().Kind, Is.EqualTo(EbxmlProblemKind.UnsupportedTransferEncoding));
    }

    [Test]
    public void Read_MorePartsThanLimit_ReadsLimitAndReportsTooManyParts()
    {
        var parts = Enumerable.Range(1, 5).Select(i => Part($"p{i}@x", "text/plain", "8bit", Utf8("x"))).ToList();

        var read = MimeMultipartReader.Read("multipart/related; boundary=\"--=_MIME-Boundary\"", Join("\r\n", parts), maxParts: 3);

        Assert.Multiple(() =>
        {
            Assert.That(read.Parts, Has.Count.EqualTo(3));
            Assert.That(read.Problems.Single().Kind, Is.EqualTo(EbxmlProblemKind.TooManyParts));
        });
    }

    [Test]
    public void Read_BoundaryTextInsideContent_IsNotADelimiter()
    {
        var content = Utf8("<b>mentions ----=_MIME-Boundary mid-line</b>");

        var read = MimeMultipartReader.Read(MhsContentType, Join("\r\n", [TwoParts[0], Part("p@x", "text/xml", "8bit", content)]));

        Assert.That(read.Parts[1].Content.ToArray(), Is.EqualTo(content));
    }

    [Test]
    public void Read_TextXmlContentType_ReportsNotMultipartRelated()
    {
        var read = MimeMultipartReader.Read("text/xml", Utf8("<a/>"));

        Assert.That(read.Problems.Single().Kind, Is.EqualTo(EbxmlProblemKind.NotMultipartRelated));
    }
}
