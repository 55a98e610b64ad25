using SpineConformance.Hl7.Ebxml;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Validation.Ebxml;

/// <summary>
/// The reader's packaging problems as findings, one rule id per kind (<c>EBXML-MIME-MISSING-BOUNDARY</c>, …). Spine names
/// no fault for MIME errors; it answers an unreadable message "not well formed", so that is the fault given [I]. A
/// manifest reference to no part is INVALID_MANIFEST_REFERENCE.
/// </summary>
public static class EbxmlPackagingFindings
{
    /// <summary>The rule id of a kind of packaging problem, each written out so a search for it finds it here.</summary>
    public static string RuleId(EbxmlProblemKind kind) => kind switch
    {
        EbxmlProblemKind.NotMultipartRelated => "EBXML-MIME-NOT-MULTIPART-RELATED",
        EbxmlProblemKind.MissingBoundary => "EBXML-MIME-MISSING-BOUNDARY",
        EbxmlProblemKind.BoundaryNotFound => "EBXML-MIME-BOUNDARY-NOT-FOUND",
        EbxmlProblemKind.MissingClosingBoundary => "EBXML-MIME-MISSING-CLOSING-BOUNDARY",
        EbxmlProblemKind.NoParts => "EBXML-MIME-NO-PARTS",
        EbxmlProblemKind.PartWithoutHeaders => "EBXML-MIME-PART-WITHOUT-HEADERS",
        EbxmlProblemKind.MalformedPartHeader => "EBXML-MIME-MALFORMED-PART-HEADER",
        EbxmlProblemKind.TooManyParts => "EBXML-MIME-TOO-MANY-PARTS",
        EbxmlProblemKind.StartNamesNoPart => "EBXML-MIME-START-NAMES-NO-PART",
        EbxmlProblemKind.FirstPartNotSoapEnvelope => "EBXML-MIME-FIRST-PART-NOT-SOAP-ENVELOPE",
        EbxmlProblemKind.PartNotUtf8 => "EBXML-MIME-PART-NOT-UTF8",
        EbxmlProblemKind.PartNotWellFormedXml => "EBXML-MIME-PART-NOT-WELL-FORMED-XML",
        EbxmlProblemKind.Base64NotDecodable => "EBXML-MIME-BASE64-NOT-DECODABLE",
        EbxmlProblemKind.UnsupportedTransferEncoding => "EBXML-MIME-UNSUPPORTED-TRANSFER-ENCODING",
        EbxmlProblemKind.ManifestReferenceNotFound => "EBXML-MIME-MANIFEST-REFERENCE-NOT-FOUND",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A packaging problem with no rule id."),
    };

    public static Finding From(EbxmlProblem problem) => new(
        RuleId(problem.Kind),
        problem.Kind == EbxmlProblemKind.ManifestReferenceNotFound ? EbxmlFaults.InvalidManifestReference : EbxmlFaults.MessageNotWellFormed,
        ValidationLayer.Transport,
        Severity.Error,
        problem.PartIndex is { } part ? $"MIME part {part}" : "HTTP Content-Type and body",
        Expected(problem.Kind),
        problem.Message,
        problem.Message)
    {
        Line = problem.Line,
    };

    private static string Expected(EbxmlProblemKind kind) => kind switch
    {
        EbxmlProblemKind.NotMultipartRelated => "Content-Type multipart/related",
        EbxmlProblemKind.MissingBoundary => "a boundary parameter in the Content-Type",
        EbxmlProblemKind.BoundaryNotFound => "delimiter lines '--' + boundary in the body",
        EbxmlProblemKind.MissingClosingBoundary => "a closing delimiter '--' + boundary + '--'",
        EbxmlProblemKind.NoParts => "at least the SOAP envelope part",
        EbxmlProblemKind.PartWithoutHeaders or EbxmlProblemKind.MalformedPartHeader => "part headers Content-Id, Content-Type, Content-Transfer-Encoding, then a blank line",
        EbxmlProblemKind.TooManyParts => "no more parts than the reader's limit",
        EbxmlProblemKind.StartNamesNoPart => "the start parameter naming the envelope part's Content-Id",
        EbxmlProblemKind.FirstPartNotSoapEnvelope => "the SOAP envelope as the first part (EIS 2.5.4)",
        EbxmlProblemKind.PartNotUtf8 => "charset=UTF-8 (or no charset) on the part's Content-Type",
        EbxmlProblemKind.PartNotWellFormedXml => "well-formed XML",
        EbxmlProblemKind.Base64NotDecodable => "valid base64 content",
        EbxmlProblemKind.UnsupportedTransferEncoding => "Content-Transfer-Encoding 7bit, 8bit, binary or base64",
        EbxmlProblemKind.ManifestReferenceNotFound => "a MIME part for every cid: reference in the manifest",
        _ => kind.ToString(),
    };
}
