using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.ReferenceSut.Defects;

namespace SpineConformance.ReferenceSut.Spine;

/// <summary>What the SUT shows after recording a sharing decision. It claims success only on Spine's AA.</summary>
/// <param name="Message">The sentence the user reads: what Spine now holds, or Spine's error text, or why it is unknown.</param>
public sealed record SetDecisionView(SetDecisionOutcome Outcome, SharingDecision Decision, string Message)
{
    public static SetDecisionView Refused(SharingDecision decision, string message) => new(SetDecisionOutcome.Refused, decision, message);

    /// <summary>Set is answered by an MCCI acknowledgement alone: AA with no payload on success (ACS.md §5.4–§5.5).</summary>
    public static SetDecisionView From(SharingDecision decision, SpineAnswer answer) => From(decision, answer, DefectSwitches.None);

    /// <summary>As <see cref="From(SharingDecision, SpineAnswer)"/>, unless a switched-on defect takes any acknowledgement for success.</summary>
    public static SetDecisionView From(SharingDecision decision, SpineAnswer answer, DefectSwitches defects) => answer switch
    {
        SpineAnswer.None none => new(SetDecisionOutcome.Failed, decision, DecisionWording.NotConfirmed(none.Problem)),
        SpineAnswer.Received { Response: var response } => response switch
        {
            AcsResponse.Acknowledged { Type: AcknowledgementType.AA } => new(SetDecisionOutcome.Recorded, decision, DecisionWording.Recorded(decision)),
            AcsResponse.Acknowledged when defects.IsOn(DefectCatalogue.SetErrorShownAsRecorded) =>
                new(SetDecisionOutcome.Recorded, decision, DecisionWording.Recorded(decision)),
            AcsResponse.Acknowledged error => new(SetDecisionOutcome.SpineError, decision, DecisionWording.NotRecorded(SpineErrorText.Rejected(error, defects.IsOn(DefectCatalogue.FirstReasonOnly)))),
            AcsResponse.Faulted faulted => new(SetDecisionOutcome.Fault, decision, DecisionWording.NotRecorded(SpineErrorText.Fault(faulted))),
            var other => new(SetDecisionOutcome.Failed, decision, DecisionWording.NotConfirmed($"Spine answered with {other}, not an acknowledgement.")),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "Not a Spine answer."),
    };
}
