using SpineConformance.Hl7.Lr;

namespace SpineConformance.ReferenceSut.Lr;

/// <summary>The Workgroup Member Query answer: the workgroups (and their children) the user belongs to, with type, name and status.</summary>
public sealed record LrWorkgroupsResult(IReadOnlyList<LrWorkgroupView> Workgroups)
{
    public static (LrWorkgroupsResult, string)? From(LrResponse response)
    {
        if (response is not LrResponse.Succeeded<WorkgroupMemberQueryResponse> found)
        {
            return null;
        }

        var workgroups = found.Payload.Workgroups.Select(w => new LrWorkgroupView(
            w.Id.Extension, w.Name, w.TypeCode, w.Status.Code, LrVocabulary.WorkgroupStatus.DisplayNameOf(w.Status.Code) ?? w.Status.DisplayName)).ToList();
        return (new LrWorkgroupsResult(workgroups), $"{workgroups.Count} workgroup{(workgroups.Count == 1 ? string.Empty : "s")} found.{LrErrorText.Warnings(found.Warnings)}");
    }
}

/// <summary>One workgroup: its id, name, WorkgroupType code and WorkgroupStatus code and name.</summary>
public sealed record LrWorkgroupView(string? WorkgroupId, string Name, string Type, string Status, string? StatusName);
