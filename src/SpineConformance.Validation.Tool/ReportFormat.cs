namespace SpineConformance.Validation.Tool;

/// <summary>How spine-validate writes its verdicts.</summary>
public enum ReportFormat
{
    /// <summary>For a person: a line per message, then its findings.</summary>
    Text,

    /// <summary>One JSON document with every message and finding, for scripts.</summary>
    Json,

    /// <summary>JUnit XML (one test case per message), for a CI server's test report.</summary>
    Junit,
}
