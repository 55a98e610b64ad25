namespace SpineConformance.Simulator.Directory;

/// <summary>
/// What makes a directory entry unusable, named by field: an MHS endpoint Spine's replies could not be sent to over
/// HTTP (a <c>file:</c> or <c>ftp:</c> address, a relative one), and reliability settings outside the bounds the
/// delivery worker honours. The admin API, the directory file and the seed file all refuse these.
/// </summary>
public static class DirectoryProblems
{
    public static IReadOnlyList<string> Of(DirectoryData directory) =>
        [.. directory.Systems.SelectMany((system, index) => Of(system, $"systems[{index}]."))];

    /// <summary>The problems of one system; <paramref name="prefix"/> says where it sits in a larger document.</summary>
    public static IReadOnlyList<string> Of(AccreditedSystem system, string prefix = "")
    {
        var problems = new List<string>();
        if (system.MhsEndpoint is { Length: > 0 } endpoint && EndpointAddress.Problem(endpoint) is { } problem)
        {
            problems.Add($"{prefix}mhsEndpoint: {problem}");
        }

        var reliability = system.Reliability;
        if (reliability.Retries is < 0 or > ReliabilitySettings.MaxRetries)
        {
            problems.Add($"{prefix}reliability.retries: {reliability.Retries} is outside 0 to {ReliabilitySettings.MaxRetries}.");
        }

        if (reliability.RetryInterval < ReliabilitySettings.MinRetryInterval || reliability.RetryInterval > ReliabilitySettings.MaxRetryInterval)
        {
            problems.Add($"{prefix}reliability.retryInterval: {System.Xml.XmlConvert.ToString(reliability.RetryInterval)} is outside "
                + $"{System.Xml.XmlConvert.ToString(ReliabilitySettings.MinRetryInterval)} to {System.Xml.XmlConvert.ToString(ReliabilitySettings.MaxRetryInterval)}.");
        }

        if (reliability.PersistDuration <= TimeSpan.Zero || reliability.PersistDuration > ReliabilitySettings.MaxPersistDuration)
        {
            problems.Add($"{prefix}reliability.persistDuration: {System.Xml.XmlConvert.ToString(reliability.PersistDuration)} is outside "
                + $"a positive duration up to {System.Xml.XmlConvert.ToString(ReliabilitySettings.MaxPersistDuration)}.");
        }

        return problems;
    }
}
