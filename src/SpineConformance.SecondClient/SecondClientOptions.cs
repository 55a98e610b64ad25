namespace SpineConformance.SecondClient;

/// <summary>
/// How the second client is set up (section <c>SecondClient</c>). Its identities are its own, not the reference SUT's:
/// Spine must know them (the suite registers them in the simulator's directory from its settings).
/// </summary>
public sealed class SecondClientOptions
{
    public const string Section = "SecondClient";

    /// <summary>Where Spine is. The default value is <c>http://127.0.0.1:5000</c>.</summary>
    public Uri SpineBaseUrl { get; set; } = new("http://127.0.0.1:5000");

    /// <summary>The synchronous path every ACS and LR query goes to. The default value is <c>/syncservice-lrs/acf</c>.</summary>
    public string SyncPath { get; set; } = "/syncservice-lrs/acf";

    /// <summary>The ebXML reliable path. The default value is <c>/reliablemessaging/reliablerequest</c>.</summary>
    public string ReliablePath { get; set; } = "/reliablemessaging/reliablerequest";

    /// <summary>This system's ASID. The default value is <c>200000000201</c>.</summary>
    public string SystemAsid { get; set; } = "200000000201";

    /// <summary>Spine's ASID. The default value is <c>990101234567</c>.</summary>
    public string SpineAsid { get; set; } = "990101234567";

    /// <summary>This system's MHS party key. The default value is <c>B82617-0000201</c>.</summary>
    public string PartyKey { get; set; } = "B82617-0000201";

    /// <summary>Spine's MHS party key. The default value is <c>YES-0000806</c>.</summary>
    public string SpinePartyKey { get; set; } = "YES-0000806";

    /// <summary>The CPA id agreed for this system's messages to Spine. The default value is <c>S200000000201</c>.</summary>
    public string CpaId { get; set; } = "S200000000201";

    /// <summary>The practice this system runs at (ODS code). The default value is <c>B82617</c>.</summary>
    public string OrganisationCode { get; set; } = "B82617";

    /// <summary>The logged-in user's SDS role profile id. The default value is <c>100000000101</c>.</summary>
    public string RoleProfileId { get; set; } = "100000000101";

    /// <summary>The logged-in user's SDS user id. The default value is <c>100000000102</c>.</summary>
    public string UserId { get; set; } = "100000000102";

    /// <summary>The logged-in user's job role. The default value is <c>R8000</c>.</summary>
    public string JobRole { get; set; } = "R8000";

    /// <summary>Job roles that may view sharing permissions. The default value is <c>R8000,R8003,R0260</c>.</summary>
    public string JobRolesThatMayView { get; set; } = "R8000,R8003,R0260";

    /// <summary>Job roles that may record a sharing decision. The default value is <c>R8000,R0260</c>.</summary>
    public string JobRolesThatMayChange { get; set; } = "R8000,R0260";

    /// <summary>Job roles that may request or change LRs. The default value is <c>R8000,R8003,R0260</c>.</summary>
    public string JobRolesThatMayManageRelationships { get; set; } = "R8000,R8003,R0260";

    /// <summary>Job roles that may add and remove workgroup members. The default value is <c>R8000,R8008</c>.</summary>
    public string JobRolesThatMayAdministerWorkgroups { get; set; } = "R8000,R8008";

    /// <summary>How many times a message is resent after a retriable SOAP fault (200, 206, 208). The default value is 3.</summary>
    public int Retries { get; set; } = 3;

    /// <summary>The wait before a resend. The default value is 500 ms.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Mistakes to make on purpose (ids from <see cref="Defects.ClientDefects"/>), to see the suite catch them. The default
    /// value is none.
    /// </summary>
    public IList<string> Defects { get; } = [];

    /// <summary>How long a permission read from Spine is trusted to decide which functions a Set changes. The default value is 1 minute.</summary>
    public TimeSpan PermissionMemory { get; set; } = TimeSpan.FromMinutes(1);
}
