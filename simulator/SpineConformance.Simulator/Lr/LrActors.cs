using SpineConformance.Hl7.Lr;
using SpineConformance.Simulator.Async;

namespace SpineConformance.Simulator.Lr;

/// <summary>Who asked, from an LR payload's <c>author</c> and the ebXML message.</summary>
internal static class LrActors
{
    public static LrActor From(LrAgent? author, AsyncCall request) => author switch
    {
        LrAgent.RequestingUser user => new(user.RoleProfileId.Extension, user.UserId.Extension, request.SenderAsid?.Value, request.EbxmlMessageId),
        LrAgent.Person person => new(person.RoleProfileId.Extension, person.UserId.Extension, request.SenderAsid?.Value, request.EbxmlMessageId),
        LrAgent.Device device => new(null, null, device.SystemId.Extension, request.EbxmlMessageId),
        _ => new(null, null, request.SenderAsid?.Value, request.EbxmlMessageId),
    };

    public static LrSubject? Subject(LrAgent? subject) => subject switch
    {
        LrAgent.Person person => new LrSubject(person.RoleProfileId.Extension, person.UserId.Extension, null),
        LrAgent.Workgroup workgroup => new LrSubject(null, null, workgroup.WorkgroupId.Extension),
        LrAgent.NamedWorkgroup workgroup => new LrSubject(null, null, workgroup.WorkgroupId.Extension),
        _ => null,
    };
}
