using SpineConformance.Hl7.Ebxml;

namespace SpineConformance.Validation.Ebxml;

/// <summary>
/// The packaging of an ebXML message (TRANSPORT.md §3.1): one rule for each kind of problem the reader finds, in the
/// order it meets them. Spine names no fault for MIME errors; it answers an unreadable message "not well formed", so that
/// is the fault given [I]. A manifest reference to no part is INVALID_MANIFEST_REFERENCE.
/// </summary>
public static class EbxmlPackagingRules
{
    private const string Source = "TRANSPORT.md §3.1 [C]; answered as ebMS MimeProblem";

    public static IReadOnlyList<EbxmlPackagingRule> All { get; } =
    [
        Unreadable("EBXML-MIME-NOT-MULTIPART-RELATED", EbxmlProblemKind.NotMultipartRelated,
            "The HTTP Content-Type is multipart/related", "Content-Type multipart/related"),
        Unreadable("EBXML-MIME-MISSING-BOUNDARY", EbxmlProblemKind.MissingBoundary,
            "The Content-Type names the MIME boundary", "a boundary parameter in the Content-Type"),
        Unreadable("EBXML-MIME-BOUNDARY-NOT-FOUND", EbxmlProblemKind.BoundaryNotFound,
            "The body is divided by the boundary the Content-Type names", "delimiter lines '--' + boundary in the body"),
        Unreadable("EBXML-MIME-MISSING-CLOSING-BOUNDARY", EbxmlProblemKind.MissingClosingBoundary,
            "The body ends with the closing delimiter", "a closing delimiter '--' + boundary + '--'"),
        Unreadable("EBXML-MIME-NO-PARTS", EbxmlProblemKind.NoParts,
            "The delimiters enclose at least one part", "at least the SOAP envelope part"),
        Unreadable("EBXML-MIME-PART-WITHOUT-HEADERS", EbxmlProblemKind.PartWithoutHeaders,
            "Every part starts with its headers", "part headers Content-Id, Content-Type, Content-Transfer-Encoding, then a blank line"),
        Unreadable("EBXML-MIME-MALFORMED-PART-HEADER", EbxmlProblemKind.MalformedPartHeader,
            "Every part header is 'Name: value'", "part headers Content-Id, Content-Type, Content-Transfer-Encoding, then a blank line"),
        Unreadable("EBXML-MIME-TOO-MANY-PARTS", EbxmlProblemKind.TooManyParts,
            $"The message has at most {MimeMultipartReader.DefaultMaxParts} parts, the reader's limit", "no more parts than the reader's limit"),
        Unreadable("EBXML-MIME-START-NAMES-NO-PART", EbxmlProblemKind.StartNamesNoPart,
            "The Content-Type's start parameter names a part", "the start parameter naming the envelope part's Content-Id"),
        Unreadable("EBXML-MIME-FIRST-PART-NOT-SOAP-ENVELOPE", EbxmlProblemKind.FirstPartNotSoapEnvelope,
            "The first part is the SOAP envelope", "the SOAP envelope as the first part (EIS 2.5.4)"),
        Unreadable("EBXML-MIME-PART-NOT-UTF8", EbxmlProblemKind.PartNotUtf8,
            "Every XML part is UTF-8", "charset=UTF-8 (or no charset) on the part's Content-Type"),
        Unreadable("EBXML-MIME-PART-NOT-WELL-FORMED-XML", EbxmlProblemKind.PartNotWellFormedXml,
            "Every XML part is well-formed XML the hardened reader accepts (no DTD, within its size limits)", "well-formed XML"),
        Unreadable("EBXML-MIME-BASE64-NOT-DECODABLE", EbxmlProblemKind.Base64NotDecodable,
            "Every part sent as base64 decodes", "valid base64 content"),
        Unreadable("EBXML-MIME-UNSUPPORTED-TRANSFER-ENCODING", EbxmlProblemKind.UnsupportedTransferEncoding,
            "Every part's Content-Transfer-Encoding is one Spine reads", "Content-Transfer-Encoding 7bit, 8bit, binary or base64"),
        new("EBXML-MIME-MANIFEST-REFERENCE-NOT-FOUND", EbxmlFaults.InvalidManifestReference, EbxmlProblemKind.ManifestReferenceNotFound,
            "Every cid: reference in the manifest names a MIME part", "a MIME part for every cid: reference in the manifest") { Source = Source },
    ];

    // A message Spine cannot read is answered "not well formed", whatever kept it from reading it.
    private static EbxmlPackagingRule Unreadable(string id, EbxmlProblemKind kind, string description, string expected) =>
        new(id, EbxmlFaults.MessageNotWellFormed, kind, description, expected) { Source = Source };
}
