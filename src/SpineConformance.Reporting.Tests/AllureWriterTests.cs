using System.Text.Json;

namespace SpineConformance.Reporting.Tests;

[TestFixture]
public sealed partial class AllureWriterTests
{
    private static string[] Strings(JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).ToArray();

    private static string Label(JsonElement result, string name) =>
        result.GetProperty("labels").EnumerateArray().First(l => l.GetProperty("name").GetString() == name).GetProperty("value").GetString()!;

    [Test]
    public async Task OnEvent_Run_WritesOneResultPerScenarioWithMappedStatuses()
    {
        using var run = await AllureRun.ExecuteAsync();

        var statuses = run.Results.ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("status").GetString());

        Assert.That(statuses, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Get Resource: Resource is returned"] = "passed",
            ["Get Resource: Wrong resource is a product defect"] = "failed",
            ["Get Resource: Simulator down is broken"] = "broken",
            ["Get Resource: Missing step"] = "broken",
            ["Get Resource: Patients by number (nhsNumber=9434765919)"] = "passed",
            ["Get Resource: Patients by number (nhsNumber=9434765870)"] = "passed",
        }));
        Assert.That(run.Results.Select(r => r.GetProperty("stage").GetString()), Is.All.EqualTo("finished"));
    }

    [Test]
    public async Task OnEvent_FailedScenario_HasStepsWithStatusesAndTheMessage()
    {
        using var run = await AllureRun.ExecuteAsync();

        var result = run.Result("Get Resource: Wrong resource is a product defect");

        var steps = result.GetProperty("steps");
        Assert.That(Strings(steps, "name"), Is.EqualTo(new[]
        {
            "Given a patient with NHS number 9434765919",
            "Then the response has another patient's resource",
            "And the response has the patient's resource",
        }));
        Assert.That(Strings(steps, "status"), Is.EqualTo(new[] { "passed", "failed", "skipped" }));
        Assert.That(result.GetProperty("statusDetails").GetProperty("message").GetString(), Is.EqualTo("Expected resource for 9434765919 but got 9434765870."));
        Assert.That(steps[1].GetProperty("statusDetails").GetProperty("trace").GetString(), Does.Contain("ResourceSteps.Wrong"));
        Assert.That(result.GetProperty("stop").GetInt64(), Is.GreaterThanOrEqualTo(result.GetProperty("start").GetInt64()));
    }

    [Test]
    public async Task OnEvent_AttachmentInStep_IsListedUnderThatStepAndWritten()
    {
        using var run = await AllureRun.ExecuteAsync();

        var steps = run.Result("Get Resource: Resource is returned").GetProperty("steps");

        Assert.That(steps[0].GetProperty("attachments").GetArrayLength(), Is.Zero);
        var request = steps[1].GetProperty("attachments").EnumerateArray().Single();
        Assert.That(request.GetProperty("name").GetString(), Is.EqualTo("request"));
        Assert.That(request.GetProperty("type").GetString(), Is.EqualTo("application/xml"));
        Assert.That(request.GetProperty("source").GetString(), Does.EndWith("-attachment.xml"));
        Assert.That(File.ReadAllText(Path.Combine(run.Directory, request.GetProperty("source").GetString()!)), Is.EqualTo("<request/>"));
        Assert.That(steps[2].GetProperty("attachments")[0].GetProperty("name").GetString(), Is.EqualTo("response"));
    }

    [Test]
    public async Task OnEvent_StepWithTable_AttachesTheTableAsCsv()
    {
        using var run = await AllureRun.ExecuteAsync();

        var tableStep = run.Result("Get Resource: Patients by number (nhsNumber=9434765870)").GetProperty("steps")[1];

        var attachment = tableStep.GetProperty("attachments").EnumerateArray().Single();
        Assert.That(attachment.GetProperty("type").GetString(), Is.EqualTo("text/csv"));
        Assert.That(File.ReadAllText(Path.Combine(run.Directory, attachment.GetProperty("source").GetString()!)),
            Is.EqualTo("field,value\nnhsNumber,9434765870"));
    }
}
