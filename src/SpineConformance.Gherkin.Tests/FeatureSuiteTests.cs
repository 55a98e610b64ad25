namespace SpineConformance.Gherkin.Tests;

/// <summary>The runner, driven through its own fixture feature files (Fixtures/). Split by concern into partial files.</summary>
// A fresh instance per test: each test builds its own suite, recorder and listener.
[TestFixture, FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed partial class FeatureSuiteTests;
