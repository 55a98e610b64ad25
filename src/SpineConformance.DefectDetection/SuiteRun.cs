using SpineConformance.ReferenceSut.Defects;
using SpineConformance.SecondClient.Defects;
using SpineConformance.Reporting.Evidence;

namespace SpineConformance.DefectDetection;

/// <summary>What one run of the feature suite found: how many scenarios ran, which failed, and why the run broke if it did.</summary>
/// <param name="Defect">The defect switched on; <see langword="null"/> for a baseline.</param>
/// <param name="Problem">Why the run gave no usable result (its worker crashed, it timed out, it wrote no result file); <see langword="null"/> when it did.</param>
/// <param name="Failed">The scenarios that did not pass, by their report names (<c>Feature: Scenario (row)</c>).</param>
internal sealed record SuiteRun(Defect? Defect, int Scenarios, IReadOnlyList<string> Failed, TimeSpan Elapsed, string? Problem)
{
    /// <summary>Every scenario's result as the run's Allure results hold it; empty when the run wrote none.</summary>
    public IReadOnlyList<ScenarioResult> Results { get; init; } = [];

    /// <summary>The system a baseline ran against; <see langword="null"/> for a defect run (always the reference SUT).</summary>
    public BaselineTarget? Target { get; init; }

    /// <summary>Why a baseline was not run at all (a setting it needs is unknown to this suite); such a baseline neither passes nor fails.</summary>
    public string? Skipped { get; init; }

    /// <summary>The second client's own defect switched on, for a run against the second client; its failures are those beyond the second client's baseline.</summary>
    public ClientDefect? ClientDefect { get; init; }

    public string Name => Defect?.Id ?? ClientDefect?.Id ?? Target?.Name ?? DetectionConstants.BaselineName;

    /// <summary>What the system does wrong in this run, for the table.</summary>
    public string? Description => Defect?.Description ?? (ClientDefect is null ? null : $"(second client) {ClientDefect.Description}");

    /// <summary>A defect run that some scenario failed.</summary>
    public bool Caught => Problem is null && Failed.Count > 0;

    /// <summary>A run in which every scenario passed.</summary>
    public bool Green => Problem is null && Scenarios > 0 && Failed.Count == 0;
}
