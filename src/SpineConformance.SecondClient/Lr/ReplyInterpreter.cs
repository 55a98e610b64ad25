using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.SecondClient.Spine;

namespace SpineConformance.SecondClient.Lr;

/// <summary>What Spine's asynchronous reply means for the user: the outcome word, the LR id when there is one, and the words to show.</summary>
internal static class ReplyInterpreter
{
    public static (string Outcome, string? LrId, string Message) Interpret(XElement? hl7, ReasonDisplay reasons)
    {
        if (hl7 is null)
        {
            return ("failed", null, "Spine's reply carried no HL7 message.");
        }

        return LrResponseReader.Read(hl7) switch
        {
            LrResponse.Succeeded<CreationResponseConfirm> created => ("created", created.Payload.Id.Extension, $"Spine created LR {created.Payload.Id.Extension}."),
            LrResponse.Succeeded<SCConfirm> changed => ("statusChanged", changed.Payload.Id.Extension, $"Spine changed the status of LR {changed.Payload.Id.Extension}."),
            LrResponse.Succeeded<WorkgroupMembershipResponse> membership => Membership(membership.Payload),
            LrResponse.Acknowledged { Type: not Hl7.Wrappers.AcknowledgementType.AA } refused =>
                ("spineError", null, reasons.Refusal(refused.Reasons.Concat(refused.Details).Select(r => $"{r.Code}: {r.DisplayName}"))),
            var other => ("failed", null, $"Spine's reply could not be understood: {other}"),
        };
    }

    private static (string, string?, string) Membership(WorkgroupMembershipResponse response)
    {
        var add = response.Code.Code == LrVocabulary.RegistrationTypes.AddUserToWorkgroup;
        var unchanged = response.Flag?.Value == "true";
        return (add, unchanged) switch
        {
            (true, false) => ("added", null, $"Spine added role profile {response.RoleProfileId.Extension} to the workgroup."),
            (true, true) => ("alreadyAMember", null, $"Role profile {response.RoleProfileId.Extension} was already a member."),
            (false, false) => ("removed", null, $"Spine removed role profile {response.RoleProfileId.Extension} from the workgroup."),
            _ => ("wasNotAMember", null, $"Role profile {response.RoleProfileId.Extension} was not a member."),
        };
    }
}
