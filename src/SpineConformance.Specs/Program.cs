using SpineConformance.Specs.Runner;

namespace SpineConformance.Specs;

/// <summary>
/// The suite runs under <c>dotnet test</c> (the README's commands). Started itself, it serves the detection run
/// (<see cref="SuiteWorker"/>): <c>dotnet SpineConformance.Specs.dll --worker --settings runsettings.xml</c>.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is [SuiteWorker.WorkerArgument, SuiteWorker.SettingsArgument, var settings])
        {
            // Standard output carries the replies alone: whatever else the suite prints goes to standard error between runs.
            await using var replies = new StreamWriter(Console.OpenStandardOutput());
            Console.SetOut(Console.Error);
            return await SuiteWorker.ServeAsync(Path.GetFullPath(settings), Console.In, replies);
        }

        await Console.Error.WriteLineAsync(
            "This is the assurance suite: run it with dotnet test (see the README). "
            + $"Started itself it only serves the detection run: {SuiteWorker.WorkerArgument} {SuiteWorker.SettingsArgument} <runsettings.xml>.");
        return 2;
    }
}
