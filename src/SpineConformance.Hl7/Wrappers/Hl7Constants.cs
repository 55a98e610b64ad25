namespace SpineConformance.Hl7.Wrappers;

/// <summary>OIDs and fixed codes of the HL7 V3 wrappers (MIM Infrastructure domain).</summary>
public static class Hl7Constants
{
    /// <summary><c>interactionId/@root</c> for every Spine interaction.</summary>
    public const string InteractionIdRoot = "2.16.840.1.113883.2.1.3.2.4.12";

    /// <summary>Code system of messaging errors in <c>acknowledgementDetail</c> (AcknowledgementExceptionCode).</summary>
    public const string AcknowledgementExceptionCodeSystem = "2.16.840.1.113883.2.1.3.2.4.17.32";

    /// <summary>Code system of PSIS / Spine clinicals detected issues, which ACS uses for its errors.</summary>
    public const string PsisDetectedIssueCodeSystem = "2.16.840.1.113883.2.1.3.2.4.17.33";

    /// <summary>Code system of LR response codes (LRResponseCodes).</summary>
    public const string LrResponseCodeSystem = "2.16.840.1.113883.2.1.3.2.4.17.12";

    public const string ProcessingProduction = "P";

    public const string ProcessingModeCurrent = "T";

    public const string AcceptAckNever = "NE";

    /// <summary>The <c>versionCode</c> the SCR FHIR API sends on ACS requests and Spine returns on Set success.</summary>
    public const string VersionCode30 = "V3NPfIT3.0";

    /// <summary>The <c>versionCode</c> Spine's ACS templates put on Get responses and on errors.</summary>
    public const string VersionCode4200 = "V3NPfIT4.2.00";

    public const string McciApplicationAcknowledgement = "MCCI_IN010000UK13";
}
