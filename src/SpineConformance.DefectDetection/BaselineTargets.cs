namespace SpineConformance.DefectDetection;

/// <summary>
/// The systems every detection run checks for false failures, in the order they run. Adding one is one entry here:
/// a name, what it is, and the suite settings that select it.
/// </summary>
internal static class BaselineTargets
{
    public static BaselineTarget ReferenceSut { get; } = new(
        "baseline", "the reference SUT, in-process, with no defect", new Dictionary<string, string>());

    public static BaselineTarget SecondClient { get; } = new(
        "baseline-second-client",
        "the second client (SpineConformance.SecondClient), a separately written system with its own identities, through its test hook",
        SecondClientIdentities.SuiteEnvironment())
    {
        StartsSecondClient = true,
    };

    public static BaselineTarget ReferenceSutAllForms { get; } = new(
        "baseline-all-forms",
        "the reference SUT sending every alternative form the specifications allow at once (SutForms=all)",
        new Dictionary<string, string> { ["SPINE_SUT_FORMS"] = "all" },
        RequiresSetting: "SutForms");

    public static IReadOnlyList<BaselineTarget> All { get; } = [ReferenceSut, SecondClient, ReferenceSutAllForms];

    public static BaselineTarget? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string NameList() => string.Join(", ", All.Select(t => t.Name));
}
