namespace SpineConformance.Hl7.Ebxml;

/// <summary>The ebMS 2.0 <c>eb:errorCode</c> values (OASIS ebMS v2.0 §4.2.3.4.1).</summary>
public static class EbxmlErrorCodes
{
    public const string ValueNotRecognized = "ValueNotRecognized";
    public const string NotSupported = "NotSupported";
    public const string Inconsistent = "Inconsistent";
    public const string OtherXml = "OtherXml";
    public const string DeliveryFailure = "DeliveryFailure";
    public const string TimeToLiveExpired = "TimeToLiveExpired";
    public const string SecurityFailure = "SecurityFailure";
    public const string MimeProblem = "MimeProblem";
    public const string Unknown = "Unknown";
}
