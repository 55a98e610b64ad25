namespace SpineConformance.SecondClient.Defects;

/// <summary>
/// The second client's own switchable mistakes (<c>SecondClient:Defects</c>), the kinds issue 17 found the suite missing
/// in an independently written system; none is a reference SUT defect. Ids are stable: a new one takes the next number.
/// </summary>
public static class ClientDefects
{
    public static ClientDefect CreationTimeAtStart { get; } = new("S01-CREATION-TIME-AT-START",
        "creationTime is computed once when the client starts and reused for every message");

    public static ClientDefect SelfClaimWithoutAlert { get; } = new("S02-SELF-CLAIM-WITHOUT-ALERT",
        "A self-claimed LR (type 08) is sent without its alert request, whatever the form said");

    public static ClientDefect FirstReasonOnly { get; } = new("S03-FIRST-REASON-ONLY",
        "Only the first reason of Spine's AE is shown (the general 400 'Invalid Request'), never the specific ones");

    public static ClientDefect OldestPendingCorrelation { get; } = new("S04-OLDEST-PENDING-CORRELATION",
        "An asynchronous reply is applied to the oldest request still waiting, not the one its RefToMessageId names");

    public static ClientDefect ResourceContextOdsOid { get; } = new("S05-RESOURCE-CONTEXT-ODS-OID",
        "ACS resourceContext carries the ODS organisation OID as its root instead of the NHS number OID");

    public static IReadOnlyList<ClientDefect> All { get; } =
        [CreationTimeAtStart, SelfClaimWithoutAlert, FirstReasonOnly, OldestPendingCorrelation, ResourceContextOdsOid];

    public static ClientDefect? Find(string id) => All.FirstOrDefault(d => string.Equals(d.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string IdList() => string.Join(", ", All.Select(d => d.Id));
}
