using SpineConformance.SecondClient.Defects;

namespace SpineConformance.SecondClient.Spine;

/// <summary>How Spine's refusal is put to the user: every reason Spine gave, in Spine's order.</summary>
internal sealed class ReasonDisplay(SwitchedOnDefects defects)
{
    public string Refusal(IEnumerable<string> reasons) =>
        "Spine refused the request: " + string.Join("; ", defects.Makes(ClientDefects.FirstReasonOnly) ? reasons.Take(1) : reasons);
}
