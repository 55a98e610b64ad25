namespace SpineConformance.Hl7.Acs;

/// <summary>ACS payload values. They are free text on the wire, not coded values with an OID (ACS.md §5.2).</summary>
public static class AcsVocabulary
{
    public const string ResourceTypeScr = "SCR";

    public const string ContextConsent = "Consent";

    public const string ContextSealing = "Sealing";

    public const string FunctionView = "View";

    public const string FunctionStore = "Store";

    public const string AccessorEveryone = "Everyone";

    public const string AccessorUserId = "User Id";
}

/// <summary>A patient's decision for one function. Get responses carry only Yes or No; an absent assertion means Ask.</summary>
public enum AcsPermission
{
    /// <summary>Express consent (the SCR FHIR API calls it legacy and treats it as Ask when reading).</summary>
    Yes,

    /// <summary>Dissent: the patient has opted out.</summary>
    No,

    /// <summary>The default: permission to view must be asked for. Never stored; Get leaves the assertion out.</summary>
    Ask,

    /// <summary>Set only: return the function to its default (Ask).</summary>
    Clear,
}

/// <summary>The two functions a patient's SCR permission covers.</summary>
public enum AcsFunction
{
    View,
    Store,
}
