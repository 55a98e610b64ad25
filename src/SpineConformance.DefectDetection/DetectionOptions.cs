using SpineConformance.ReferenceSut.Defects;

namespace SpineConformance.DefectDetection;

/// <summary>How a detection run is made; <see cref="DetectionCommandLine"/> fills it from the command line.</summary>
internal sealed record DetectionOptions
{
    /// <summary>The clone's root: the folder holding <c>SpineConformance.sln</c>, <c>runsettings.xml</c> and <c>features/</c>.</summary>
    public required string RepositoryRoot { get; init; }

    /// <summary>Where each run's NUnit results, console log, each suite worker's log and the report go. The default value is <c>TestResults/defect-detection</c>.</summary>
    public required string ResultsDirectory { get; init; }

    /// <summary>The defects to switch on, one run each. The default value is the whole catalogue.</summary>
    public IReadOnlyList<Defect> Defects { get; init; } = DefectCatalogue.All;

    /// <summary>The systems that must pass with no defect, in order. The default value is every target in <see cref="BaselineTargets"/>.</summary>
    public IReadOnlyList<BaselineTarget> Baselines { get; init; } = BaselineTargets.All;

    /// <summary>The second client's own defects to run against it, each judged against its baseline. The default value is none.</summary>
    public IReadOnlyList<SecondClient.Defects.ClientDefect> ClientDefects { get; init; } = [];

    /// <summary>How many runs go at once, each in a suite worker process of its own (and with the suite's own parallel NUnit workers). The default value is 3.</summary>
    public int Parallel { get; init; } = DetectionConstants.DefaultParallel;

    /// <summary>How long one run of the suite may take before it is stopped and reported. The default value is 10 minutes.</summary>
    public TimeSpan RunTimeout { get; init; } = DetectionConstants.DefaultRunTimeout;

    /// <summary>The build configuration whose output is tested (the suite runs with <c>--no-build</c>). The default value is Release.</summary>
    public string Configuration { get; init; } = DetectionConstants.DefaultConfiguration;
}
