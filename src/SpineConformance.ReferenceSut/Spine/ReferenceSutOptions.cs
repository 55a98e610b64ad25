using SpineConformance.ReferenceSut.Defects;
using SpineConformance.ReferenceSut.Forms;
using SpineConformance.ReferenceSut.Mhs;
using SpineConformance.ReferenceSut.Rbac;

namespace SpineConformance.ReferenceSut.Spine;

/// <summary>
/// Where the reference SUT's Spine client sends, as which system and on behalf of which user.
/// Binds from the <c>ReferenceSut</c> configuration section and is checked when the SUT starts.
/// </summary>
public sealed class ReferenceSutOptions
{
    /// <summary>
    /// The scheme, host and port of Spine or the simulator, such as <c>http://127.0.0.1:5000</c>.
    /// Required: there is no default value.
    /// </summary>
    public string SpineBaseUrl { get; set; } = string.Empty;

    /// <summary>The sync-service path appended to <see cref="SpineBaseUrl"/>. The default value is <c>/sync-service</c>.</summary>
    public string SyncPath { get; set; } = ReferenceSutConstants.DefaultSyncPath;

    /// <summary>This system's ASID, sent in <c>communicationFunctionSnd</c> and <c>author1</c>. The default value is <c>200000000101</c>.</summary>
    public string SenderAsid { get; set; } = ReferenceSutConstants.DefaultSenderAsid;

    /// <summary>Spine's ASID, sent in <c>communicationFunctionRcv</c>. The default value is <c>990101234567</c>.</summary>
    public string SpineAsid { get; set; } = ReferenceSutConstants.DefaultSpineAsid;

    /// <summary>How long to wait for Spine's answer before showing a failure. The default value is 30 seconds; at most 10 minutes.</summary>
    public TimeSpan SpineTimeout { get; set; } = ReferenceSutConstants.DefaultSpineTimeout;

    /// <summary>The logged-in user the requests are made for. The default value is <c>Dr Reference User</c> with the defaults on <see cref="LoggedInUserOptions"/>.</summary>
    public LoggedInUserOptions User { get; set; } = new();

    /// <summary>Which job roles may view and change permissions, manage LRs and administer workgroups. The default values are on <see cref="RbacOptions"/>.</summary>
    public RbacOptions Rbac { get; set; } = new();

    /// <summary>How the SUT's MHS sends and receives ebXML (LR create, status change, workgroup membership). The default values are on <see cref="MhsOptions"/>.</summary>
    public MhsOptions Mhs { get; set; } = new();

    /// <summary>
    /// The ids of the mistakes the SUT is to make (<see cref="DefectCatalogue"/>), to prove the suite catches them, such as
    /// <c>--ReferenceSut:Defects:0=T02-WSA-TO-MISSING</c>. An unknown id stops the SUT at start. The default value is
    /// empty: a conformant system.
    /// </summary>
    public IList<string> Defects { get; set; } = [];

    /// <summary>
    /// The alternative forms the SUT is to send where the specifications allow more than one (<see cref="FormCatalogue"/>),
    /// such as <c>--ReferenceSut:Forms:0=SoapActionQuoted</c>, or <c>all</c> for every one. An unknown name stops the SUT at
    /// start, naming the valid ones. The default value is empty: the first form of each.
    /// </summary>
    public IList<string> Forms { get; set; } = [];

    /// <summary>The defects switched on, built from <see cref="Defects"/> (a handful of ids) on each call, so no second copy can drift.</summary>
    public DefectSwitches SwitchedOnDefects() => Defects.Count == 0 ? DefectSwitches.None : new DefectSwitches(Defects);

    /// <summary>The alternative forms switched on, built from <see cref="Forms"/> on each call.</summary>
    public FormSwitches SwitchedOnForms() => Forms.Count == 0 ? FormSwitches.None : new FormSwitches(Forms);

    /// <summary>The full sync endpoint: where requests are posted and what <c>wsa:To</c> names (the other sync path under <see cref="FormCatalogue.OtherSyncPath"/>).</summary>
    public Uri SyncEndpoint() =>
        new(SpineBaseUrl.TrimEnd('/') + "/" + (SwitchedOnForms().IsOn(FormCatalogue.OtherSyncPath) ? ReferenceSutConstants.OtherSyncPath : SyncPath).TrimStart('/'));
}
