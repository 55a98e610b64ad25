namespace SpineConformance.ReferenceSut.Forms;

/// <summary>What is wrong with <c>ReferenceSut:Forms</c>: each unknown name, with the names that would have been accepted.</summary>
internal static class FormOptionsProblems
{
    public static IEnumerable<string> Of(IEnumerable<string>? forms) =>
        FormCatalogue.Unknown(forms ?? []).Select(name =>
            $"{ReferenceSutConstants.SectionName}:Forms: '{name}' is not a form the reference SUT can send. The valid names are: {FormCatalogue.IdList()}.");
}
