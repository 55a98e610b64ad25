namespace SpineConformance.Drivers.Settings;

/// <summary>The run's settings: defaults, overrides, and a message per wrong value that names the setting.</summary>
[TestFixture]
public sealed class SuiteSettingsTests
{
    private static readonly string Root = Path.GetTempPath();

    [Test]
    public void NothingSet_DrivesTheReferenceSutInProcess_WithItsIdentities()
    {
        var (settings, problems) = SuiteSettings.Read(_ => null, Root);

        Assert.That(problems, Is.Empty);
        Assert.That(settings.SutDriver, Is.EqualTo(SutDriverKind.InProcess));
        Assert.That(settings.StartsReferenceSut, Is.True);
        Assert.That(settings.Identities, Is.EqualTo(TestIdentities.ReferenceSut));
        Assert.That(settings.SchemaSource, Is.EqualTo(SuiteSettings.OurSchemas));
    }

    [Test]
    public void ASuppliersSystem_ThroughTheTestHook_GetsItsMhsEndpointAndIdentities()
    {
        var (settings, problems) = SuiteSettings.Read(Values(new()
        {
            ["SutDriver"] = "testhook", ["SutBaseUrl"] = "http://127.0.0.1:5100", ["SimulatorUrl"] = "http://127.0.0.1:5080",
            ["SystemAsid"] = "918999198738", ["PartyKey"] = "X26AB-0000123", ["RoleProfileId"] = "555000000001", ["UserId"] = "555000000002", ["JobRole"] = "R8001",
            ["RbacViewJobRoles"] = "R8001,R8003", ["RbacSetJobRoles"] = "R8001,R0260", ["RbacLrJobRoles"] = "R8001", ["RbacWorkgroupAdminJobRoles"] = "R8001",
        }), Root);

        Assert.That(problems, Is.Empty);
        Assert.That(settings.SutDriver, Is.EqualTo(SutDriverKind.TestHook));
        Assert.That(settings.SutMhsEndpoint, Is.EqualTo(new Uri("http://127.0.0.1:5100/mhs/inbound")));
        Assert.That((settings.Identities.SystemAsid.Value, settings.Identities.PartyKey, settings.Identities.JobRole.Value),
            Is.EqualTo(("918999198738", "X26AB-0000123", "R8001")));
    }

    [TestCase("SutDriver", "Selenium", "SutDriver: 'Selenium' is not one of InProcess, TestHook, Playwright, Manual.")]
    [TestCase("SutDriver", "1", "SutDriver: '1' is not one of")]
    [TestCase("SutBaseUrl", "127.0.0.1:5100", "SutBaseUrl: '127.0.0.1:5100' is not an http:// or https:// address")]
    [TestCase("SystemAsid", "12", "SystemAsid: '12':")]
    [TestCase("PartyKey", "A12345", "PartyKey: 'A12345' is not a party key")]
    [TestCase("SchemaSource", "no/such/folder", "SchemaSource: '")]
    [TestCase("SimulatorMode", "Remote", "SimulatorMode: 'Remote' is not one of InProcess, External.")]
    public void AWrongValue_IsNamedWithWhatItShouldBe(string setting, string value, string expected)
    {
        var (_, problems) = SuiteSettings.Read(Values(new() { [setting] = value }), Root);

        Assert.That(problems, Has.Some.StartsWith(expected));
    }

    [Test]
    public void SettingsThatDoNotFitTogether_AreEachExplained()
    {
        var (_, inProcessWithUrl) = SuiteSettings.Read(Values(new() { ["SutBaseUrl"] = "http://127.0.0.1:5100" }), Root);
        var (_, externalSutWithoutSimulatorUrl) = SuiteSettings.Read(Values(new() { ["SutDriver"] = "TestHook", ["SutBaseUrl"] = "http://127.0.0.1:5100" }), Root);
        var (_, manualWithoutSut) = SuiteSettings.Read(Values(new() { ["SutDriver"] = "Manual" }), Root);

        Assert.That(inProcessWithUrl.Single(), Does.StartWith("SutBaseUrl:").And.Contain("SutDriver=InProcess"));
        Assert.That(externalSutWithoutSimulatorUrl.Single(), Does.StartWith("SimulatorUrl:").And.Contain("fixed address"));
        Assert.That(manualWithoutSut.Single(), Does.StartWith("SutBaseUrl:").And.Contain("Manual"));
    }

    [Test]
    public void AnExternalSimulator_NeedsItsAddress_AndOnlyItTakesAnApiKey()
    {
        var (external, fine) = SuiteSettings.Read(Values(new() { ["SimulatorMode"] = "External", ["SimulatorUrl"] = "http://127.0.0.1:5000", ["SimulatorApiKey"] = "k" }), Root);
        var (_, noAddress) = SuiteSettings.Read(Values(new() { ["SimulatorMode"] = "External" }), Root);
        var (_, keyInProcess) = SuiteSettings.Read(Values(new() { ["SimulatorApiKey"] = "k" }), Root);
        var (_, ownSut) = SuiteSettings.Read(Values(new() { ["SimulatorMode"] = "External", ["SimulatorUrl"] = "http://127.0.0.1:5000", ["SutDriver"] = "TestHook", ["SutBaseUrl"] = "http://127.0.0.1:5100" }), Root);

        Assert.That(fine, Is.Empty);
        Assert.That((external.SimulatorMode, external.SimulatorApiKey), Is.EqualTo((SimulatorMode.External, "k")));
        Assert.That(noAddress.Single(), Does.StartWith("SimulatorUrl:").And.Contain("SimulatorMode=External"));
        Assert.That(keyInProcess.Single(), Does.StartWith("SimulatorApiKey:"));
        Assert.That(ownSut, Is.Empty, "the supplier's system is configured to send to the external simulator");
    }

    [Test]
    public void APageMapWithAnUnknownAction_StopsTheRunNamingIt()
    {
        var map = Path.Combine(Root, $"pagemap-{Guid.NewGuid():N}.json");
        File.WriteAllText(map, """{ "actions": { "viewPermission": { "open": "/" } } }""");
        try
        {
            var (_, problems) = SuiteSettings.Read(Values(new() { ["SutDriver"] = "Playwright", ["PageMap"] = map, ["Browser"] = "/bin/sh" }), Root);

            Assert.That(problems.Single(), Does.StartWith("PageMap: ").And.Contain("'viewPermission' is not an action"));
        }
        finally
        {
            File.Delete(map);
        }
    }

    [Test]
    public void SutDefects_KnownIds_AreSwitchedOnInCatalogueSpelling_AndShownInTheEnvironment()
    {
        var (settings, problems) = SuiteSettings.Read(Values(new() { ["SutDefects"] = "t02-wsa-to-missing, B04-NO-RBAC-BEFORE-SET" }), Root);

        Assert.That(problems, Is.Empty);
        Assert.That(settings.SutDefects, Is.EqualTo(new[] { "T02-WSA-TO-MISSING", "B04-NO-RBAC-BEFORE-SET" }));
        Assert.That(settings.Describe()["Sut.Defects"], Is.EqualTo("T02-WSA-TO-MISSING, B04-NO-RBAC-BEFORE-SET"));
    }

    [Test]
    public void SutDefects_AnUnknownId_IsNamedWithTheValidIds()
    {
        var (settings, problems) = SuiteSettings.Read(Values(new() { ["SutDefects"] = "T02-WSA-TO-MISSING,T99-NO-SUCH" }), Root);

        Assert.That(problems.Single(), Does.StartWith("SutDefects: 'T99-NO-SUCH' is not a defect of the reference SUT. The valid ids are: T01-SOAPACTION-NO-SERVICE, "));
        Assert.That(settings.SutDefects, Is.EqualTo(new[] { "T02-WSA-TO-MISSING" }));
    }

    [Test]
    public void SutDefects_ForASystemTheSuiteDidNotStart_AreRefused()
    {
        var (_, problems) = SuiteSettings.Read(Values(new()
        {
            ["SutDriver"] = "TestHook", ["SutBaseUrl"] = "http://127.0.0.1:5100", ["SimulatorUrl"] = "http://127.0.0.1:5080", ["SutDefects"] = "T02-WSA-TO-MISSING",
        }), Root);

        Assert.That(problems.Single(), Does.StartWith("SutDefects:").And.Contain("SutBaseUrl"));
    }

    [Test]
    public void NothingSet_SwitchesOnNoDefect() =>
        Assert.That(SuiteSettings.Read(_ => null, Root).Settings.Describe()["Sut.Defects"], Is.EqualTo("none"));

    [TestCase("SutDefects", "SPINE_SUT_DEFECTS")]
    [TestCase("SutDriver", "SPINE_SUT_DRIVER")]
    [TestCase("SutBaseUrl", "SPINE_SUT_BASE_URL")]
    [TestCase("SystemAsid", "SPINE_SYSTEM_ASID")]
    public void EachSetting_HasAnEnvironmentVariable(string setting, string variable) =>
        Assert.That(SuiteSettings.EnvironmentVariable(setting), Is.EqualTo(variable));

    [Test]
    public void EverySettingTheSuiteReads_IsInRunSettingsXml_WithItsOwnComment()
    {
        var read = new List<string>();
        SuiteSettings.Read(name => { read.Add(name); return null; }, Root);
        var file = System.Xml.Linq.XDocument.Load(Path.Combine(Reporting.RepositoryLayout.Root()!, "runsettings.xml"));
        var parameters = file.Descendants("Parameter").ToDictionary(p => (string)p.Attribute("name")!);

        // Read by the report writer and the runner rather than SuiteSettings.
        Assert.That(parameters.Keys, Is.EquivalentTo(read.Distinct().Append("AllureResultsDirectory").Append("DryRun")),
            "runsettings.xml holds exactly the settings the suite reads");
        Assert.That(parameters.Where(p => p.Value.NodesBeforeSelf().OfType<System.Xml.Linq.XComment>().LastOrDefault()?.Value.Contains(p.Key + ":", StringComparison.Ordinal) != true)
            .Select(p => p.Key), Is.Empty, "each setting has a comment, just before it, that names it and says what it takes");
    }

    private static Func<string, string?> Values(Dictionary<string, string> values) => name => values.GetValueOrDefault(name);
}
