namespace SpineConformance.Simulator.Client;

/// <summary>
/// The whole directory as a document: the shape of the seed file (<c>Simulator:DirectoryFile</c>) and of the admin
/// API's export. Spine's own identity is part of it, so a hosted simulator can pose as any environment.
/// </summary>
public sealed record DirectoryData
{
    /// <summary>Spine's MHS party key, used as <c>eb:To</c> by senders and <c>eb:From</c> on replies. The default value is <c>YES-0000806</c>.</summary>
    public string SpinePartyKey { get; init; } = "YES-0000806";

    /// <summary>The accredited systems (by ASID). The default value is none.</summary>
    public IReadOnlyList<AccreditedSystem> Systems { get; init; } = [];

    /// <summary>The users with their role profiles. The default value is none.</summary>
    public IReadOnlyList<DirectoryUser> Users { get; init; } = [];

    /// <summary>The organisations (by ODS code). The default value is none.</summary>
    public IReadOnlyList<Organisation> Organisations { get; init; } = [];

    /// <summary>The workgroups. The default value is none.</summary>
    public IReadOnlyList<Workgroup> Workgroups { get; init; } = [];
}
