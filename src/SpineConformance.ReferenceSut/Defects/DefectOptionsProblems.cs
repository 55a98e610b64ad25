namespace SpineConformance.ReferenceSut.Defects;

/// <summary>What is wrong with <c>ReferenceSut:Defects</c>: each id that names no defect, with the ids that do.</summary>
internal static class DefectOptionsProblems
{
    private const string Setting = ReferenceSutConstants.SectionName + ":Defects";

    public static IEnumerable<string> Of(IEnumerable<string>? ids)
    {
        if (ids is null)
        {
            yield break;
        }

        foreach (var id in ids.Where(id => DefectCatalogue.Find(id) is null))
        {
            yield return $"{Setting}: '{id}' is not a defect of the reference SUT. The valid ids are: {DefectCatalogue.IdList()}.";
        }
    }
}
