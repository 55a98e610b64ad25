namespace SpineConformance.ReferenceSut;

/// <summary>Names and defaults of the reference SUT, in one place so the docs, the options and the host agree.</summary>
public static class ReferenceSutConstants
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "ReferenceSut";

    /// <summary>Where the standalone SUT listens when no <c>--urls</c> is given: loopback only, beside a simulator on 5000.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5100";

    /// <summary>The generic Spine sync path the SCR FHIR API posts ACS requests to (ACS.md §2.4).</summary>
    public const string DefaultSyncPath = "/sync-service";

    /// <summary>The LR service's own sync path (ACS.md §2.4, TRANSPORT.md §1.1), used under the <c>OtherSyncPath</c> form.</summary>
    public const string OtherSyncPath = "/syncservice-lrs/acf";

    public const string DefaultSenderAsid = "200000000101";

    public const string DefaultSpineAsid = "990101234567";

    public const string DefaultRoleProfileId = "100000000001";

    public const string DefaultUserId = "100000000002";

    /// <summary>R8000, Clinical Practitioner: a role that may view an SCR.</summary>
    public const string DefaultJobRole = "R8000";

    public const string DefaultUserName = "Dr Reference User";

    /// <summary>R8000 Clinical Practitioner, R8003 Health Professional Access Role, R0260 General Medical Practitioner.</summary>
    public const string DefaultJobRolesThatMayView = "R8000,R8003,R0260";

    /// <summary>R8000 Clinical Practitioner and R0260 General Medical Practitioner: the roles that record consent in a GP practice.</summary>
    public const string DefaultJobRolesThatMayChange = "R8000,R0260";

    /// <summary>The clinical roles that record and rely on LRs: R8000 Clinical Practitioner, R8003 Health Professional, R0260 General Medical Practitioner.</summary>
    public const string DefaultJobRolesThatMayManageLegitimateRelationships = "R8000,R8003,R0260";

    /// <summary>
    /// Workgroup Membership Administrators: R8008 Admin/Clinical Support Access Role, and R8000 so the default logged-in
    /// user can exercise every interaction.
    /// </summary>
    public const string DefaultJobRolesThatMayAdministerWorkgroups = "R8000,R8008";

    /// <summary>Long enough for a slow Spine, short enough that a hung one fails a scenario rather than the run.</summary>
    public static readonly TimeSpan DefaultSpineTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The longest <see cref="Spine.ReferenceSutOptions.SpineTimeout"/> accepted.</summary>
    public static readonly TimeSpan MaxSpineTimeout = TimeSpan.FromMinutes(10);
}
