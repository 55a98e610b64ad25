namespace SpineConformance.Reporting.Allure;

/// <summary>One test result: the content of a <c>{uuid}-result.json</c> file.</summary>
internal sealed class AllureResult
{
    public required string Uuid { get; init; }

    /// <summary>Stable across runs for the same scenario and row, so Allure can show history and retries.</summary>
    public required string HistoryId { get; init; }

    /// <summary>Stable across runs and rows: the scenario itself.</summary>
    public required string TestCaseId { get; init; }

    public required string FullName { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public string Status { get; set; } = AllureStatus.Unknown;

    public AllureStatusDetails? StatusDetails { get; set; }

    public string Stage { get; set; } = "running";

    public long Start { get; init; }

    public long Stop { get; set; }

    public List<AllureLabel> Labels { get; } = [];

    public List<AllureLink> Links { get; } = [];

    public List<AllureParameter> Parameters { get; } = [];

    public List<AllureAttachment> Attachments { get; } = [];

    public List<AllureStep> Steps { get; } = [];
}
