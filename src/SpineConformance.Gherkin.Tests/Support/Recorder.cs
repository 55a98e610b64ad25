using System.Collections.Concurrent;

namespace SpineConformance.Gherkin.Tests.Support;

/// <summary>A singleton the fixture bindings write to, so tests can see what ran and with which values.</summary>
public sealed class Recorder
{
    private readonly ConcurrentQueue<string> entries = new();

    public IReadOnlyList<string> Entries => entries.ToList();

    public void Add(string entry) => entries.Enqueue(entry);
}
