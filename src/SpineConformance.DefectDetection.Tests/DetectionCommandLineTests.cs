using SpineConformance.ReferenceSut.Defects;

namespace SpineConformance.DefectDetection.Tests;

/// <summary>The command line: which defects run, how many at once, and a message per bad option naming what is allowed.</summary>
public sealed class DetectionCommandLineTests
{
    [Test]
    public async Task NoOptions_RunsEveryDefect_ThreeAtATime_IntoTestResults()
    {
        var options = await ParseAsync();

        Assert.That(options!.Defects, Is.EqualTo(DefectCatalogue.All));
        Assert.That(options.Baselines, Is.EqualTo(BaselineTargets.All));
        Assert.That(options.Parallel, Is.EqualTo(3));
        Assert.That(options.ResultsDirectory, Is.EqualTo(Path.Combine(options.RepositoryRoot, "TestResults", "defect-detection")));
        Assert.That(File.Exists(Path.Combine(options.RepositoryRoot, "SpineConformance.sln")), Is.True);
    }

    [Test]
    public async Task Only_SomeIdsInAnyCase_RunsThoseInCatalogueOrder()
    {
        var options = await ParseAsync("--only", "b04-no-rbac-before-set,T02-WSA-TO-MISSING", "--parallel", "4");

        Assert.That(options!.Defects, Is.EqualTo(new[] { DefectCatalogue.WsaToMissing, DefectCatalogue.NoRbacBeforeSet }));
        Assert.That(options.Parallel, Is.EqualTo(4));
    }

    [Test]
    public void Only_AnUnknownId_IsAnErrorListingTheValidIds()
    {
        var errors = Errors("--only", "T99-NO-SUCH-DEFECT");

        Assert.That(errors, Has.Some.StartsWith("--only: 'T99-NO-SUCH-DEFECT' is not a defect of the reference SUT. The valid ids are: T01-SOAPACTION-NO-SERVICE, "));
    }

    [Test]
    public async Task Baselines_SomeNamesInAnyCase_RunsThoseInTargetOrder()
    {
        var options = await ParseAsync("--baselines", "BASELINE-SECOND-CLIENT,baseline");

        Assert.That(options!.Baselines, Is.EqualTo(new[] { BaselineTargets.ReferenceSut, BaselineTargets.SecondClient }));
    }

    [Test]
    public void Baselines_AnUnknownName_IsAnErrorListingTheValidNames() =>
        Assert.That(Errors("--baselines", "baseline-nobody"),
            Has.Some.EqualTo("--baselines: 'baseline-nobody' is not a baseline target. The valid names are: baseline, baseline-second-client, baseline-all-forms."));

    [Test]
    public async Task SecondClientDefects_All_RunsEveryOneOfTheClientsDefects_AndNoneByDefault()
    {
        var all = await ParseAsync("--second-client-defects", "all", "--only", "none");
        var none = await ParseAsync();

        Assert.That(all!.ClientDefects, Is.EqualTo(SecondClient.Defects.ClientDefects.All));
        Assert.That(all.Defects, Is.Empty);
        Assert.That(none!.ClientDefects, Is.Empty);
    }

    [Test]
    public void SecondClientDefects_AnUnknownId_IsAnErrorListingTheValidIds() =>
        Assert.That(Errors("--second-client-defects", "S99-NOTHING"),
            Has.Some.StartsWith("--second-client-defects: 'S99-NOTHING' is not a defect of the second client. The valid ids are: all, S01-CREATION-TIME-AT-START, "));

    [TestCase("0")]
    [TestCase("17")]
    public void Parallel_OutOfRange_IsAnError(string value) =>
        Assert.That(Errors("--parallel", value), Has.Some.EqualTo("--parallel must be 1 to 16."));

    [Test]
    public void Repository_NotAClone_IsAnError()
    {
        var elsewhere = Directory.CreateTempSubdirectory("not-a-clone-");
        try
        {
            Assert.That(Errors("--repository", elsewhere.FullName), Has.Some.StartsWith("No SpineConformance.sln was found"));
        }
        finally
        {
            elsewhere.Delete();
        }
    }

    private static async Task<DetectionOptions?> ParseAsync(params string[] args)
    {
        DetectionOptions? seen = null;
        var command = DetectionCommandLine.Build((options, _, _) =>
        {
            seen = options;
            return Task.FromResult(0);
        });
        var parsed = command.Parse([.. args, "--repository", RepositoryRoot()]);
        Assert.That(parsed.Errors, Is.Empty);
        await parsed.InvokeAsync();
        return seen;
    }

    private static IReadOnlyList<string> Errors(params string[] args)
    {
        var command = DetectionCommandLine.Build((_, _, _) => Task.FromResult(0));
        var withRoot = args.Contains("--repository") ? args : [.. args, "--repository", RepositoryRoot()];
        return [.. command.Parse(withRoot).Errors.Select(e => e.Message)];
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpineConformance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }
}
