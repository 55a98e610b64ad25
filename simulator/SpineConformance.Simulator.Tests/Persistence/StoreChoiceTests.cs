using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Tests.Persistence;

/// <summary>Issue 20: choosing the store (<c>--store</c>, <c>Simulator:Store</c>) and naming its database, with errors that name the setting.</summary>
public sealed class StoreChoiceTests
{
    private static readonly StoreOptionsValidation NoEnvironment = new(_ => null);

    [Test]
    public void Postgresql_WithNoConnectionStringAndNoPgHost_IsRefused_NamingTheSettings()
    {
        var result = NoEnvironment.Validate(null, new SimulatorOptions { Store = StoreKind.PostgreSql });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("Simulator:Store (--store) is postgresql").And.Contain("--connection-string").And.Contain("PGHOST"));
    }

    [Test]
    public void Postgresql_NamedByPgHostAlone_OrByAConnectionString_IsAccepted()
    {
        var byEnvironment = new StoreOptionsValidation(name => name == "PGHOST" ? "/tmp/pg" : null);

        Assert.That(byEnvironment.Validate(null, new SimulatorOptions { Store = StoreKind.PostgreSql }).Succeeded, Is.True);
        Assert.That(NoEnvironment.Validate(null, new SimulatorOptions { Store = StoreKind.PostgreSql, ConnectionString = "Host=/tmp/pg;Database=spine" }).Succeeded, Is.True);
    }

    [Test]
    public void AConnectionStringThatDoesNotParse_IsRefused_SayingWhatWasExpected()
    {
        var result = NoEnvironment.Validate(null, new SimulatorOptions { Store = StoreKind.PostgreSql, ConnectionString = "Hots=/tmp/pg" });

        Assert.That(result.FailureMessage, Does.Contain("Simulator:ConnectionString (--connection-string) is not an Npgsql connection string").And.Contain("Host="));
    }

    [Test]
    public void AConnectionStringForAnotherStore_IsRefused_RatherThanIgnored()
    {
        var result = NoEnvironment.Validate(null, new SimulatorOptions { ConnectionString = "Host=/tmp/pg" });

        Assert.That(result.FailureMessage, Does.Contain("the store is sqlite").And.Contain("--store postgresql"));
    }

    [Test]
    public void InMemory_StillMeansMemory_WhateverTheStoreSays()
    {
        Assert.That(SimulatorStorage.Kind(new SimulatorOptions { InMemory = true, Store = StoreKind.PostgreSql }), Is.EqualTo(StoreKind.Memory));
        Assert.That(SimulatorStorage.Kind(new SimulatorOptions()), Is.EqualTo(StoreKind.Sqlite), "the default");
    }

    [Test]
    public async Task StoreAndConnectionString_OnTheCommandLine_BecomeTheirSettings()
    {
        string[]? seen = null;
        var exit = await SimulatorCommandLine.Build((configuration, _) => Task.FromResult((seen = configuration).Length > 0 ? 0 : 1))
            .Parse(["--store", "postgresql", "--connection-string", "Host=/tmp/pg;Database=spine"]).InvokeAsync();

        Assert.That(exit, Is.Zero);
        Assert.That(seen, Does.Contain("--Simulator:Store=postgresql").And.Contain("--Simulator:ConnectionString=Host=/tmp/pg;Database=spine"));
    }

    [TestCase(new[] { "--in-memory", "--store", "postgresql" }, "--store says postgresql")]
    [TestCase(new[] { "--store", "mysql" }, "mysql")]
    [TestCase(new[] { "--in-memory", "--data", "state.db" }, "--data names a SQLite file, but --in-memory keeps state in memory")]
    [TestCase(new[] { "--store", "memory", "--data", "state.db" }, "--data names a SQLite file, but --store memory keeps state in memory")]
    [TestCase(new[] { "--store", "postgresql", "--data", "state.db" }, "--data names a SQLite file, but --store postgresql keeps state in PostgreSQL")]
    public void ConflictingOrUnknownStoreOptions_AreRefused_OnTheCommandLine(string[] arguments, string expected)
    {
        var parsed = SimulatorCommandLine.Build((_, _) => Task.FromResult(0)).Parse(arguments);

        Assert.That(parsed.Errors.Select(e => e.Message), Has.Some.Contain(expected));
    }

    [TestCase("--data", "state.db")]
    [TestCase("--store", "sqlite", "--data", "state.db")]
    public async Task DataWithTheSqliteStore_IsAccepted(params string[] arguments)
    {
        string[]? seen = null;
        var exit = await SimulatorCommandLine.Build((configuration, _) => Task.FromResult((seen = configuration).Length > 0 ? 0 : 1))
            .Parse(arguments).InvokeAsync();

        Assert.That(exit, Is.Zero);
        Assert.That(seen, Has.Some.StartsWith("--Simulator:DataFile=").And.EndsWith("state.db"));
    }
}
