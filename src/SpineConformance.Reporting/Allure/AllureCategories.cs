namespace SpineConformance.Reporting.Allure;

/// <summary>categories.json: Allure puts each failed or broken result in the first category that matches,
/// so the specific categories come before the general ones.</summary>
internal static class AllureCategories
{
    public static IReadOnlyList<object> All { get; } =
    [
        new { name = "Undefined or ambiguous steps", matchedStatuses = new[] { "broken" }, messageRegex = "(?s).*(No step definition matches|Ambiguous step).*" },
        new
        {
            name = "Environment problems",
            matchedStatuses = new[] { "broken", "failed" },
            messageRegex = "(?is).*(connection refused|timed? ?out|HttpRequestException|No such host|actively refused).*",
        },
        new { name = "Product defects", matchedStatuses = new[] { "failed" } },
        new { name = "Suite defects", matchedStatuses = new[] { "broken" } },
    ];
}
