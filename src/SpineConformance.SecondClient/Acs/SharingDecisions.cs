namespace SpineConformance.SecondClient.Acs;

/// <summary>The three decisions a clinician records and the ACS permission each sets (ACS.md §5.2: Clear returns to "ask").</summary>
internal static class SharingDecisions
{
    public const string ExpressConsent = "expressConsent";
    public const string ExpressDissent = "expressDissent";
    public const string AskForConsent = "askForConsent";

    public static string? PermissionFor(string? decision) => decision switch
    {
        ExpressConsent => "Yes",
        ExpressDissent => "No",
        AskForConsent => "Clear",
        _ => null,
    };

    /// <summary>What Get or Has would show for a function once the permission is held ("Clear" reads back as "Ask").</summary>
    public static string ShownAs(string permission) => permission == "Clear" ? "Ask" : permission;
}
