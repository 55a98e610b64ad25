namespace SpineConformance.Hl7.Ebxml;

/// <summary>The parts read from a multipart body, the <c>start</c> Content-Id (bare), and every problem met on the way.</summary>
public sealed record MimeReadResult(
    MimeContentType ContentType,
    IReadOnlyList<MimePart> Parts,
    string? Start,
    IReadOnlyList<EbxmlProblem> Problems);
