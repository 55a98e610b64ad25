using System.Runtime.InteropServices;

namespace SpineConformance.Drivers.Manual;

/// <summary>
/// Where the manual driver talks to the tester: the terminal they ran <c>dotnet test</c> from. The test host's own
/// standard input is not theirs (the test platform starts it), so the terminal is opened directly: <c>/dev/tty</c>, or
/// <c>CONIN$</c>/<c>CONOUT$</c> on Windows. Every question is asked again until the answer is one it accepts.
/// </summary>
public sealed class TesterTerminal(TextReader input, TextWriter output) : IDisposable
{
    public TextWriter Output { get; } = output;

    /// <summary>The tester's terminal; fails with what to do when there is none (CI, a redirected run).</summary>
    public static TesterTerminal Open()
    {
        var (read, write) = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? ("CONIN$", "CONOUT$") : ("/dev/tty", "/dev/tty");
        try
        {
            var input = new StreamReader(new FileStream(read, FileMode.Open, FileAccess.Read));
            var output = new StreamWriter(new FileStream(write, FileMode.Open, FileAccess.Write)) { AutoFlush = true };
            return new TesterTerminal(input, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"SutDriver=Manual needs a tester at a terminal, but {read} cannot be opened ({e.Message}). Run dotnet test from an interactive shell, "
                + "with NUnit.NumberOfTestWorkers=1, and never in CI.", e);
        }
    }

    public void Say(string text) => Output.WriteLine(text);

    /// <summary>One of <paramref name="choices"/> (matched without regard to case), or the first when the tester just presses Enter and <paramref name="defaultFirst"/> is set.</summary>
    public string Choose(string question, IReadOnlyList<string> choices, bool defaultFirst = false)
    {
        while (true)
        {
            var answer = Ask($"{question} [{string.Join('/', choices)}]{(defaultFirst ? $" (Enter: {choices[0]})" : string.Empty)}: ");
            if (answer.Length == 0 && defaultFirst)
            {
                return choices[0];
            }

            if (choices.FirstOrDefault(c => string.Equals(c, answer, StringComparison.OrdinalIgnoreCase)) is { } chosen)
            {
                return chosen;
            }

            Say($"  '{answer}' is not one of {string.Join(", ", choices)}.");
        }
    }

    public bool YesOrNo(string question) => Choose(question, ["yes", "no"]) == "yes";

    /// <summary>Free text on one line; empty when the tester just presses Enter.</summary>
    public string Text(string question) => Ask(question + ": ");

    /// <summary>A whole number from <paramref name="minimum"/> up.</summary>
    public int Number(string question, int minimum = 0)
    {
        while (true)
        {
            var answer = Ask(question + ": ");
            if (int.TryParse(answer, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= minimum)
            {
                return number;
            }

            Say($"  '{answer}' is not a whole number from {minimum}.");
        }
    }

    /// <summary>Waits until the tester has done something, with Enter.</summary>
    public void WaitForEnter(string what) => Ask($"{what} Press Enter when done. ");

    public void Dispose()
    {
        input.Dispose();
        Output.Dispose();
    }

    private string Ask(string prompt)
    {
        Output.Write("  " + prompt);
        Output.Flush();
        return (input.ReadLine() ?? throw new InvalidOperationException("The tester's terminal closed before the question was answered: " + prompt)).Trim();
    }
}
