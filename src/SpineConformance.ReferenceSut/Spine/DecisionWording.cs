namespace SpineConformance.ReferenceSut.Spine;

/// <summary>The words a clinician reads for a sharing decision, before and after it is recorded.</summary>
internal static class DecisionWording
{
    public static string Label(SharingDecision decision) => decision switch
    {
        SharingDecision.ExpressConsent => "Express consent",
        SharingDecision.ExpressDissent => "Express dissent",
        _ => "Ask for consent",
    };

    public static string Recorded(SharingDecision decision)
    {
        var permission = decision.ToAcsPermission();
        return decision switch
        {
            SharingDecision.ExpressConsent => $"Express consent recorded: Spine holds View {permission} and Store {permission}.",
            SharingDecision.ExpressDissent => $"Express dissent recorded: Spine holds View {permission} and Store {permission}; the SCR will not be shared.",
            _ => $"Decision reset (View and Store {permission}): clinicians must ask the patient before viewing their SCR.",
        };
    }

    /// <summary>
    /// Without Spine's acknowledgement the SUT cannot know whether the Set reached Spine, so it says so rather than
    /// guessing either way.
    /// </summary>
    public static string NotConfirmed(string problem) =>
        $"{problem} Spine did not confirm the decision, so it may not be recorded: check the patient's permissions before recording it again.";

    public static string NotRecorded(string problem) => $"{problem} The decision was not recorded.";
}
