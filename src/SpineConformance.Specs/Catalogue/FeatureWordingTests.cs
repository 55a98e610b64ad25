using SpineConformance.Drivers;

namespace SpineConformance.Specs.Catalogue;

/// <summary>
/// Holds fairness in place: the features name people and things by their role ("the clinician", "a workgroup the
/// clinician administers"), never by the reference data's ids or names, so a supplier's own identities (the run's
/// settings) pass the same steps.
/// </summary>
public sealed class FeatureWordingTests
{
    private static readonly string Features = Path.Combine(AppContext.BaseDirectory, "features");

    private static IEnumerable<string> FeatureFiles() =>
        Directory.GetFiles(Features, "*.feature", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Features, f));

    [TestCaseSource(nameof(FeatureFiles))]
    public void NoStep_NamesAReferenceIdentity(string feature)
    {
        var reference = TestIdentities.ReferenceSut;
        var identities = new[]
        {
            reference.SystemAsid.Value, reference.PartyKey, reference.RoleProfileId.Value, reference.UserId.Value, reference.JobRole.Value,
            reference.OrganisationCode, reference.OrganisationName, reference.WorkgroupId, reference.WorkgroupName,
            reference.SecondClinician.RoleProfileId, reference.SecondClinician.UserId, reference.SecondClinician.JobRole,
            reference.RestrictedUser.RoleProfileId, reference.RestrictedUser.UserId, reference.RestrictedUser.JobRole,
        }.Concat(reference.CpaIds).Concat(reference.Rbac.View).Concat(reference.Rbac.Set).Concat(reference.Rbac.WorkgroupAdmin).Distinct().ToList();

        // Steps and example rows are what the bindings see; the descriptions may explain the settings.
        var steps = File.ReadLines(Path.Combine(Features, feature))
            .Select((line, index) => (Text: line.Trim(), Line: index + 1))
            .Where(l => l.Text.StartsWith("Given ", StringComparison.Ordinal) || l.Text.StartsWith("When ", StringComparison.Ordinal)
                || l.Text.StartsWith("Then ", StringComparison.Ordinal) || l.Text.StartsWith("And ", StringComparison.Ordinal)
                || l.Text.StartsWith("But ", StringComparison.Ordinal) || l.Text.StartsWith('|'));

        var named = steps.SelectMany(s => identities.Where(id => s.Text.Contains(id, StringComparison.Ordinal)).Select(id => $"line {s.Line}: '{id}' in \"{s.Text}\""));
        Assert.That(named, Is.Empty, $"{feature} names reference identities; name them by role and resolve them from the run's settings in the step");
    }
}
