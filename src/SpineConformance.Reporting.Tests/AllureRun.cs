using System.Text;
using System.Text.Json;
using SpineConformance.Reporting.Events;

namespace SpineConformance.Reporting.Tests;

/// <summary>
/// Plays one small feature's run through an <see cref="AllureWriter"/> into a temp folder, event by event as the suite's
/// runner reports it, and reads the results back. The feature, "Get Resource", has a passing scenario with attachments,
/// a failed assertion, a broken environment, an undefined step and a two-row outline with a data table.
/// </summary>
public sealed class AllureRun : IDisposable
{
    private const string Feature = "acs/get-resource.feature";
    private const string Title = "Get Resource";
    private readonly AllureWriter writer;
    private DateTimeOffset now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private long nextScenario;

    private AllureRun(string directory, AllureWriter writer)
    {
        Directory = directory;
        this.writer = writer;
    }

    public string Directory { get; }

    public AllureWriter Writer => writer;

    public IReadOnlyList<JsonElement> Results => System.IO.Directory.EnumerateFiles(Directory, "*-result.json")
        .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement).ToList();

    public static Task<AllureRun> ExecuteAsync(string? directory = null, Func<AllureWriterOptions, AllureWriterOptions>? configure = null)
    {
        directory ??= System.IO.Directory.CreateTempSubdirectory("allure-").FullName;
        var options = new AllureWriterOptions
        {
            ResultsDirectory = directory,
            Environment = new Dictionary<string, string> { ["SUT"] = "Reference SUT", ["Simulator"] = "http://127.0.0.1:5000" },
        };
        var run = new AllureRun(directory, new AllureWriter(configure is null ? options : configure(options)));
        run.Play();
        return Task.FromResult(run);
    }

    public JsonElement Result(string name) => Results.Single(r => r.GetProperty("name").GetString() == name);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private void Play()
    {
        Publish(new TestRunStarted(Tick()));

        Scenario("Resource is returned", ["acs", "ACS-GET-001", "story:Read", "severity:critical"], [], ReportStatus.Passed, null,
            (new ReportedStep(0, "Given a patient with NHS number 9434765919"), ReportStatus.Passed, null, (c, s) => Log(c, s, "patient 9434765919")),
            (new ReportedStep(1, "When the resource is requested"), ReportStatus.Passed, null, (c, s) => Attach(c, s, "request", "application/xml", "<request/>")),
            (new ReportedStep(2, "Then the response has the patient's resource"), ReportStatus.Passed, null, (c, s) => Attach(c, s, "response", "application/json", "{}")));

        var wrong = new ReportError("Expected resource for 9434765919 but got 9434765870.", "   at SpineConformance.Specs.Steps.ResourceSteps.Wrong()");
        Scenario("Wrong resource is a product defect", ["acs", "ACS-GET-002"], [], ReportStatus.Failed, wrong,
            (new ReportedStep(0, "Given a patient with NHS number 9434765919"), ReportStatus.Passed, null, null),
            (new ReportedStep(1, "Then the response has another patient's resource"), ReportStatus.Failed, wrong, null),
            (new ReportedStep(2, "And the response has the patient's resource"), ReportStatus.Skipped, null, null));

        var down = new ReportError("Connection refused (127.0.0.1:5000)", "System.Net.Http.HttpRequestException: Connection refused");
        Scenario("Simulator down is broken", ["acs"], [], ReportStatus.Broken, down,
            (new ReportedStep(0, "Given the simulator is down"), ReportStatus.Broken, down, null));

        var missing = new ReportError("No step definition matches 'Given a step nobody wrote'.", "[Given(\"a step nobody wrote\")]");
        Scenario("Missing step", ["acs"], [], ReportStatus.Undefined, missing,
            (new ReportedStep(0, "Given a step nobody wrote"), ReportStatus.Undefined, missing, null));

        foreach (var nhsNumber in new[] { "9434765919", "9434765870" })
        {
            Scenario("Patients by number", ["acs"], [new("nhsNumber", nhsNumber)], ReportStatus.Passed, null,
                (new ReportedStep(0, $"Given a patient with NHS number {nhsNumber}"), ReportStatus.Passed, null, null),
                (new ReportedStep(1, "Then the request carries:") { DataTable = [["field", "value"], ["nhsNumber", nhsNumber]] }, ReportStatus.Passed, null, null));
        }
    }

    private void Scenario(string title, string[] tags, KeyValuePair<string, string>[] row, ReportStatus status, ReportError? error,
        params (ReportedStep Step, ReportStatus Status, ReportError? Error, Action<ReportedScenario, ReportedStep>? During)[] steps)
    {
        var scenario = new ReportedScenario(++nextScenario, Feature, Title, title, tags)
        {
            FeatureDescription = "Reading a patient's access control resource.",
            ExampleValues = row,
        };
        Publish(new ScenarioStarted(Tick(), scenario));
        foreach (var (step, stepStatus, stepError, during) in steps)
        {
            Publish(new StepStarted(Tick(), scenario, step));
            during?.Invoke(scenario, step);
            Publish(new StepFinished(Tick(), scenario, step, stepStatus, stepError));
        }

        Publish(new ScenarioFinished(Tick(), scenario, status, error));
    }

    private void Attach(ReportedScenario scenario, ReportedStep step, string name, string type, string content) =>
        Publish(new AttachmentAdded(Tick(), scenario, step, new ReportAttachment(name, type, Encoding.UTF8.GetBytes(content))));

    private void Log(ReportedScenario scenario, ReportedStep step, string message) => Publish(new MessageLogged(Tick(), scenario, step, message));

    private void Publish(ReportEvent e) => writer.OnEvent(e);

    private DateTimeOffset Tick() => now = now.AddMilliseconds(5);
}
