namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// One <c>eb:Error</c> of a MessageError. <see cref="ErrorCode"/> is an ebMS 2.0 code such as <c>ValueNotRecognized</c>,
/// or a TMS number: Spine's own template defaults it to <c>200</c> (TRANSPORT.md §3.5).
/// </summary>
public sealed record EbxmlError(string ErrorCode, string Severity, string Description, string? Location = null)
{
    public const string ErrorSeverity = "Error";

    public const string WarningSeverity = "Warning";

    public static EbxmlError ValueNotRecognized(string description, string? location = null) =>
        new(EbxmlErrorCodes.ValueNotRecognized, ErrorSeverity, description, location);

    /// <summary>Spine's answer to a CPAId it does not know (MHS test data from OpenTest).</summary>
    public static EbxmlError UnknownCpaId() => ValueNotRecognized("501319:Unknown eb:CPAId");

    /// <summary>What a receiving MHS whose party key is not <c>eb:To</c> answers ("TMS Error Base v3.0").</summary>
    public static EbxmlError InvalidToPartyType() => ValueNotRecognized("501314:Invalid To Party Type attribute");

    /// <summary>The default of Spine's MessageError template: TMS code 200 in place of an ebMS code.</summary>
    public static EbxmlError SystemFailure() => new("200", ErrorSeverity, "System Failure to process message");

    public static EbxmlError MimeProblem(string description) => new(EbxmlErrorCodes.MimeProblem, ErrorSeverity, description);

    public static EbxmlError Inconsistent(string description, string? location = null) =>
        new(EbxmlErrorCodes.Inconsistent, ErrorSeverity, description, location);
}
