using System.Text.RegularExpressions;

namespace SpineConformance.Reporting;

public sealed class AllureWriterOptions
{
    /// <summary>Where result files go. The caller resolves it; the suite's convention is <c>reports/allure-results</c>.</summary>
    public required string ResultsDirectory { get; init; }

    /// <summary>Tags (without '@') that name a requirement; each becomes a "tms" link named by the tag.
    /// The default value matches ids like <c>ACS-GET-001</c>.</summary>
    public Regex RequirementTagPattern { get; init; } = new("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The link address for a requirement id, with {0} for the id. The default value is "{0}" (the id itself),
    /// for a catalogue that has no web page.</summary>
    public string RequirementLinkTemplate { get; init; } = "{0}";

    /// <summary>
    /// Added to every result as a parameter, and to its historyId, so the same scenario run under other settings (another
    /// SUT driver, say) stays apart from this run's in one report. The default value is empty.
    /// </summary>
    public IReadOnlyDictionary<string, string> RunParameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Written to environment.properties. The default value is empty (no file).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The "framework" label on every result. The default value is "Reqnroll".</summary>
    public string Framework { get; init; } = "Reqnroll";

    /// <summary>Deletes earlier results when the run starts, so a report never mixes runs. The default value is true.</summary>
    public bool CleanResultsDirectory { get; init; } = true;

    /// <summary>The clock for ids. The default value is <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Makes result and attachment uuids. The default value makes time-ordered (version 7) GUIDs from <see cref="Time"/>.</summary>
    public Func<Guid>? NewId { get; init; }
}
