using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using SpineConformance.Reporting.Allure;
using SpineConformance.Reporting.Events;

namespace SpineConformance.Reporting;

/// <summary>
/// Writes Allure 2 results from a run's <see cref="ReportEvent"/>s: a <c>{uuid}-result.json</c> per scenario with its steps, attachments under
/// the step that made them (<c>{uuid}-attachment.{ext}</c>), and categories.json, environment.properties and (on CI)
/// executor.json per run. It never throws into the run: failures go to <see cref="Diagnostics"/>.
/// </summary>
public sealed class AllureWriter
{
    private static readonly string[] OwnFilePatterns =
        ["*-result.json", "*-container.json", "*-attachment.*", "categories.json", "environment.properties", "executor.json"];

    private readonly AllureWriterOptions options;
    private readonly Func<Guid> newId;
    private readonly ConcurrentDictionary<long, ResultBuilder> running = new();

    public AllureWriter(AllureWriterOptions options, ReportingDiagnostics? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        newId = options.NewId ?? (() => Guid.CreateVersion7(options.Time.GetUtcNow()));
        Diagnostics = diagnostics ?? new ReportingDiagnostics();
    }

    public ReportingDiagnostics Diagnostics { get; }

    /// <summary>Takes one event; safe to call from every scenario's thread at once.</summary>
    public void OnEvent(ReportEvent runnerEvent)
    {
        try
        {
            Handle(runnerEvent);
        }
#pragma warning disable CA1031 // The point of this writer's contract: a report problem is recorded, never thrown into the run.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Diagnostics.Record($"Allure writer could not handle {runnerEvent.GetType().Name} (results in '{options.ResultsDirectory}'): {e.GetType().Name}: {e.Message}");
        }
    }

    private void Handle(ReportEvent runnerEvent)
    {
        switch (runnerEvent)
        {
            case TestRunStarted:
                PrepareDirectory();
                RunFiles.Write(options.ResultsDirectory, options.Environment);
                break;
            case ScenarioStarted started:
                running[started.Scenario.Id] = ResultBuilder.Start(started, Id(), options);
                break;
            case StepStarted started when running.TryGetValue(started.Scenario.Id, out var builder):
                var step = builder.StartStep(started);
                AttachStepArgument(started.Step, step.Attachments);
                break;
            case StepFinished finished when running.TryGetValue(finished.Scenario.Id, out var builder):
                builder.FinishStep(finished);
                break;
            case AttachmentAdded added when running.TryGetValue(added.Scenario.Id, out var builder):
                builder.AttachmentsFor(added.Step).Add(WriteAttachment(added.Attachment));
                break;
            case MessageLogged logged when running.TryGetValue(logged.Scenario.Id, out var builder):
                builder.AddLog(logged.Message);
                break;
            case ScenarioFinished finished when running.TryRemove(finished.Scenario.Id, out var builder):
                builder.Finish(finished);
                if (builder.Log.Count > 0)
                {
                    builder.Result.Attachments.Add(WriteAttachment(new ReportAttachment("Log", "text/plain", Encoding.UTF8.GetBytes(string.Join('\n', builder.Log)))));
                }

                WriteResult(builder.Result);
                break;
        }
    }

    // Allure shows a step's table or doc string best as an attachment beside it.
    private void AttachStepArgument(ReportedStep step, List<AllureAttachment> attachments)
    {
        if (step.DataTable is { } table)
        {
            var csv = string.Join('\n', table.Select(cells => string.Join(',', cells.Select(Csv))));
            attachments.Add(WriteAttachment(new ReportAttachment("Data table", "text/csv", Encoding.UTF8.GetBytes(csv))));
        }

        if (step.DocString is { } docString)
        {
            attachments.Add(WriteAttachment(new ReportAttachment("Doc string", "text/plain", Encoding.UTF8.GetBytes(docString))));
        }
    }

    private AllureAttachment WriteAttachment(ReportAttachment attachment)
    {
        var source = $"{Id()}-attachment.{AllureContentTypes.Extension(attachment.ContentType)}";
        Directory.CreateDirectory(options.ResultsDirectory);
        File.WriteAllBytes(Path.Combine(options.ResultsDirectory, source), attachment.Content.ToArray());
        return new AllureAttachment(attachment.Name, source, attachment.ContentType);
    }

    private void WriteResult(AllureResult result)
    {
        Directory.CreateDirectory(options.ResultsDirectory);
        File.WriteAllText(Path.Combine(options.ResultsDirectory, $"{result.Uuid}-result.json"), JsonSerializer.Serialize(result, AllureJson.Options));
    }

    private void PrepareDirectory()
    {
        Directory.CreateDirectory(options.ResultsDirectory);
        if (options.CleanResultsDirectory)
        {
            foreach (var file in OwnFilePatterns.SelectMany(p => Directory.EnumerateFiles(options.ResultsDirectory, p)).ToList())
            {
                File.Delete(file);
            }
        }
    }

    private string Id() => newId().ToString("D");

    private static string Csv(string cell) =>
        cell.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
