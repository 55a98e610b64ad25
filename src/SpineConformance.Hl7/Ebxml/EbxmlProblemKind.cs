namespace SpineConformance.Hl7.Ebxml;

/// <summary>What can be wrong with the packaging of an ebXML message, before any header rule runs.</summary>
public enum EbxmlProblemKind
{
    /// <summary>The Content-Type is absent or not <c>multipart/related</c>.</summary>
    NotMultipartRelated,

    /// <summary>The Content-Type has no <c>boundary</c> parameter.</summary>
    MissingBoundary,

    /// <summary>No delimiter line made of <c>--</c> and the boundary occurs in the body.</summary>
    BoundaryNotFound,

    /// <summary>The body ends without the closing delimiter (<c>--boundary--</c>).</summary>
    MissingClosingBoundary,

    /// <summary>The delimiters enclose no part at all.</summary>
    NoParts,

    /// <summary>A part starts with a blank line or with text that is not a header.</summary>
    PartWithoutHeaders,

    /// <summary>A header line in a part is not <c>Name: value</c>.</summary>
    MalformedPartHeader,

    /// <summary>More parts than the reader's limit; the rest were not read.</summary>
    TooManyParts,

    /// <summary>The <c>start</c> parameter names a Content-Id that no part has.</summary>
    StartNamesNoPart,

    /// <summary>The first part is not the SOAP envelope (EIS 2.5.4), or <c>start</c> names another part.</summary>
    FirstPartNotSoapEnvelope,

    /// <summary>An XML part's Content-Type names a charset other than UTF-8.</summary>
    PartNotUtf8,

    /// <summary>An XML part (by its Content-Type) is not well-formed XML.</summary>
    PartNotWellFormedXml,

    /// <summary>A part declared <c>base64</c> does not decode.</summary>
    Base64NotDecodable,

    /// <summary>A Content-Transfer-Encoding other than 7bit, 8bit, binary or base64.</summary>
    UnsupportedTransferEncoding,

    /// <summary>A <c>cid:</c> reference in the manifest names no part.</summary>
    ManifestReferenceNotFound,
}
