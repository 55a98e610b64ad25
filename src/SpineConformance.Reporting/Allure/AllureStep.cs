namespace SpineConformance.Reporting.Allure;

internal sealed class AllureStep
{
    public required string Name { get; init; }

    public string Status { get; set; } = AllureStatus.Unknown;

    public AllureStatusDetails? StatusDetails { get; set; }

    public string Stage { get; set; } = "running";

    public long Start { get; init; }

    public long Stop { get; set; }

    public List<AllureParameter> Parameters { get; } = [];

    public List<AllureAttachment> Attachments { get; } = [];

    public List<AllureStep> Steps { get; } = [];
}
