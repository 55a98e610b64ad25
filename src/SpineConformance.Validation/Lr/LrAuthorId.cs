using System.Xml.Linq;
using static SpineConformance.Validation.Lr.LrNode;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// One identifier of an LR request's author, with what the author rules say of it: whether a user or a system author
/// carries it, its name, the element it is in as a reader of the MIM would write it, its root and the
/// root's name, and where it sits under the author's agent element.
/// </summary>
internal sealed record LrAuthorId(bool OfUser, string Name, string Element, string RootName, string Root, Func<XElement, LrNode> Within)
{
    /// <summary>The kind of author that carries it, as the rules' texts say: "user" or "system".</summary>
    public string Party => OfUser ? "user" : "system";

    /// <summary>What the findings call it: "author's SDS user id".</summary>
    public string What => $"author's {Name}";

    /// <summary>A user's role profile id: the agent's own <c>id</c>.</summary>
    public static LrAuthorId RoleProfileId { get; } = new(OfUser: true, "role profile id", "an id", "role profile", LrChecks.UrpRoot, a => At(a, "id"));

    /// <summary>A user's SDS user id: <c>agentPersonSDS/id</c>.</summary>
    public static LrAuthorId UserId { get; } = new(OfUser: true, "SDS user id", "agentPersonSDS/id", "SDS user", LrChecks.UserRoot, a => At(a, "agentPersonSDS", "id"));

    /// <summary>A system's ASID: <c>agentDeviceSDS/id</c>.</summary>
    public static LrAuthorId Asid { get; } = new(OfUser: false, "ASID", "agentDeviceSDS/id", "ASID", LrChecks.AsidRoot, d => At(d, "agentDeviceSDS", "id"));
}
