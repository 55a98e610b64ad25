using System.CommandLine;
using SpineConformance.ReferenceSut.Defects;

namespace SpineConformance.DefectDetection;

/// <summary>The detection run's command line: which defects, how many runs at once, where the results go.</summary>
internal static class DetectionCommandLine
{
    private const string Examples = """

        Runs the feature suite with no defect against each baseline target (the reference SUT, the second client started
        as its own process, the reference SUT with every allowed alternative form; every scenario must pass), then once
        per defect of the reference SUT with that defect switched on (at least one scenario must fail), and prints which
        scenarios caught each. Exits 1 when a baseline fails, a defect is caught by no scenario, or a run breaks. The suite must be built already
        (Release); bash eng/detect-defects.sh builds it first.

        Examples (from the repository root):
          bash eng/detect-defects.sh
          bash eng/detect-defects.sh --only T02-WSA-TO-MISSING,B04-NO-RBAC-BEFORE-SET --parallel 1
          bash eng/detect-defects.sh --baselines baseline-second-client --only T02-WSA-TO-MISSING
          bash eng/detect-defects.sh --baselines baseline-second-client --only none --second-client-defects all
        """;

    public static RootCommand Build(Func<DetectionOptions, TextWriter, CancellationToken, Task<int>> run)
    {
        var only = new Option<string[]>("--only")
        {
            Description = "Run only these defects of the reference SUT (ids, comma-separated or repeated; 'none' for none). The default value is every catalogued defect.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "ID",
        };
        var baselines = new Option<string[]>("--baselines")
        {
            Description = $"Run only these baseline targets (names, comma-separated or repeated): {BaselineTargets.NameList()}. The default value is all of them.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "NAME",
        };
        var clientDefects = new Option<string[]>("--second-client-defects")
        {
            Description = $"Also run the second client with each of these defects of its own ('all', or ids: {SecondClient.Defects.ClientDefects.IdList()}); "
                + "a scenario failing beyond the second client's baseline catches one. The default value is none.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "ID",
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = $"How many runs go at once, each in a suite worker process of its own, 1 to {DetectionConstants.MaxParallel}. The default value is {DetectionConstants.DefaultParallel}.",
            DefaultValueFactory = _ => DetectionConstants.DefaultParallel,
        };
        var results = new Option<DirectoryInfo?>("--results")
        {
            Description = "Where each run's NUnit results (suite.xml) and console log, each worker's log and the report are written. The default value is TestResults/defect-detection.",
            HelpName = "DIR",
        };
        var root = new Option<DirectoryInfo?>("--repository")
        {
            Description = "The repository root (the folder holding SpineConformance.sln). The default value is found from the current folder.",
            HelpName = "DIR",
        };
        var command = new RootCommand("SpineConformance detection run: proves the assurance suite catches every catalogued mistake of the reference SUT." + Examples)
        {
            only, baselines, clientDefects, parallel, results, root,
        };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > DetectionConstants.MaxParallel)
            {
                result.AddError($"--parallel must be 1 to {DetectionConstants.MaxParallel}.");
            }
        });
        only.Validators.Add(result =>
        {
            foreach (var id in Ids(result.GetValueOrDefault<string[]>()).Where(id => id != "none" && DefectCatalogue.Find(id) is null))
            {
                result.AddError($"--only: '{id}' is not a defect of the reference SUT. The valid ids are: {DefectCatalogue.IdList()}.");
            }
        });
        clientDefects.Validators.Add(result =>
        {
            foreach (var id in Ids(result.GetValueOrDefault<string[]>()).Where(id => id != "all" && SecondClient.Defects.ClientDefects.Find(id) is null))
            {
                result.AddError($"--second-client-defects: '{id}' is not a defect of the second client. The valid ids are: all, {SecondClient.Defects.ClientDefects.IdList()}.");
            }
        });
        baselines.Validators.Add(result =>
        {
            foreach (var name in Ids(result.GetValueOrDefault<string[]>()).Where(name => BaselineTargets.Find(name) is null))
            {
                result.AddError($"--baselines: '{name}' is not a baseline target. The valid names are: {BaselineTargets.NameList()}.");
            }
        });
        command.Validators.Add(result =>
        {
            if (RepositoryRoot(result.GetValue(root)) is null)
            {
                result.AddError("No SpineConformance.sln was found here or above: run from the repository, or give --repository.");
            }
        });
        command.SetAction((result, cancellationToken) =>
        {
            var repository = RepositoryRoot(result.GetValue(root))!;
            var ids = Ids(result.GetValue(only));
            var targets = Ids(result.GetValue(baselines));
            var clientIds = Ids(result.GetValue(clientDefects));
            var options = new DetectionOptions
            {
                RepositoryRoot = repository,
                ResultsDirectory = result.GetValue(results)?.FullName ?? Path.Combine(repository, "TestResults", "defect-detection"),
                ClientDefects = clientIds.Contains("all", StringComparer.OrdinalIgnoreCase) ? SecondClient.Defects.ClientDefects.All
                    : [.. SecondClient.Defects.ClientDefects.All.Where(d => clientIds.Any(id => SecondClient.Defects.ClientDefects.Find(id) == d))],
                Defects = ids.Count == 0 ? DefectCatalogue.All : ids is ["none"] ? [] : [.. DefectCatalogue.All.Where(d => ids.Any(id => DefectCatalogue.Find(id) == d))],
                Baselines = targets.Count == 0 ? BaselineTargets.All : [.. BaselineTargets.All.Where(t => targets.Any(name => BaselineTargets.Find(name) == t))],
                Parallel = result.GetValue(parallel),
            };
            return run(options, Console.Out, cancellationToken);
        });
        return command;
    }

    private static List<string> Ids(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];

    private static string? RepositoryRoot(DirectoryInfo? given)
    {
        for (var dir = given ?? new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = given is null ? dir.Parent : null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpineConformance.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
