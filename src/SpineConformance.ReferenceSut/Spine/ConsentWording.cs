using SpineConformance.Hl7.Acs;

namespace SpineConformance.ReferenceSut.Spine;

/// <summary>The sentences a clinician reads for a patient's View and Store decisions (ACS.md §5.2).</summary>
internal static class ConsentWording
{
    public static string Describe(AcsPermission view, AcsPermission store) =>
        $"{ForView(view)} (View: {view}). {ForStore(store)} (Store: {store}).";

    private static string ForView(AcsPermission view) => view switch
    {
        AcsPermission.Yes => "Patient has given express consent to viewing their SCR",
        AcsPermission.No => "Patient has dissented from sharing",
        _ => "No decision recorded: ask the patient for permission to view their SCR",
    };

    private static string ForStore(AcsPermission store) => store switch
    {
        AcsPermission.Yes => "Patient consents to an SCR being stored",
        AcsPermission.No => "Patient has dissented from storing an SCR",
        _ => "No storing decision recorded",
    };
}
