using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Hl7.Wrappers;

/// <summary>
/// The user behind a request: <c>ControlActEvent/author/AgentPersonSDS</c> with the role profile id
/// (URP, <c>.0.67</c>), the SDS user id (<c>.0.65</c>) and the job role (<c>.1.104</c>).
/// </summary>
public sealed record AuthorPerson(SdsRoleProfileId RoleProfileId, SdsUserId UserId, JobRoleCode JobRole);
