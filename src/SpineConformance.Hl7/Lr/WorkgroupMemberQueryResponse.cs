namespace SpineConformance.Hl7.Lr;

/// <summary>The payload of Workgroup Member Query Response (<c>REPC_MT130007UK01</c>): 1 to 500 workgroups.</summary>
public sealed record WorkgroupMemberQueryResponse(IReadOnlyList<WorkgroupDetails> Workgroups);

/// <summary>
/// One <c>subject1/workgroup</c>: its WorkgroupType code (no display name allowed), id, name (<c>WGN</c>) and
/// WorkgroupStatus (<c>WGS</c>; code and display name both required).
/// </summary>
public sealed record WorkgroupDetails(string TypeCode, Hl7Id Id, string Name, Hl7Code Status)
{
    public static WorkgroupDetails Of(string workgroupId, string name, string typeCode = LrVocabulary.WorkgroupTypes.Standard, string statusCode = "01") =>
        new(typeCode, LrIdentifiers.Workgroup(workgroupId), name, LrVocabulary.WorkgroupStatus.Coded(statusCode));
}
