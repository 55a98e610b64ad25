namespace SpineConformance.DefectDetection.Tests;

/// <summary>A baseline target that needs a setting runs once runsettings.xml defines it, and not before.</summary>
public sealed class RunSettingsTests
{
    [Test]
    public void Defines_TheClonesOwnRunSettings_KnowsSutDefectsButNoInventedSetting()
    {
        var path = Path.Combine(RepositoryRoot(), "runsettings.xml");

        Assert.That(RunSettings.Defines(path, "SutDefects"), Is.True);
        Assert.That(RunSettings.Defines(path, "NoSuchSetting"), Is.False);
    }

    [Test]
    public void Defines_AParameterAddedLater_IsSeen()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """<RunSettings><TestRunParameters><Parameter name="SutForms" value="" /></TestRunParameters></RunSettings>""");

            Assert.That(RunSettings.Defines(file, "SutForms"), Is.True);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "SpineConformance.sln")))
        {
            dir = dir.Parent!;
        }

        return dir.FullName;
    }
}
