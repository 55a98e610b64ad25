using SpineConformance.Drivers.Simulator;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Testing;

namespace SpineConformance.Drivers.Manual;

/// <summary>The manual driver with a scripted tester: what it asks, how it reads the answers, and what it takes from the journal.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Self)]
public sealed class ManualDriverTests
{
    private InProcessSimulatorControl simulator = null!;

    [OneTimeSetUp]
    public async Task StartSimulator()
    {
        simulator = new InProcessSimulatorControl(new Dictionary<string, string?>(), () => Task.CompletedTask);
        await simulator.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopSimulator() => await simulator.StopAsync();

    [Test]
    public async Task ViewPermissions_PrintsTheActionAndWho_AndReadsWhatTheTesterSaw()
    {
        var (driver, said) = Driver("shown", "No", "ask", "Patient has not decided");

        var view = await driver.ViewPermissionsAsync("9434765919", new SutUser("555000000001", "555000000002", "R8003"), CancellationToken.None);

        Assert.That(view, Is.EqualTo(new SutPermissionsView("shown", "No", "Ask", "Patient has not decided")));
        Assert.That(said.ToString(), Does.Contain("View the sharing permissions of patient 9434765919")
            .And.Contain("as the user 555000000002 with role profile 555000000001 (job role R8003)")
            .And.Contain("Scenario: Feature: a scenario").And.Contain("Step:     When the clinician looks"));
    }

    [Test]
    public async Task AnAnswerThatIsNotAChoice_IsAskedAgain_SayingWhy()
    {
        var (driver, said) = Driver("maybe", "RECORDED", "Recorded on Spine");

        var view = await driver.RecordDecisionAsync("9434765919", SharingDecision.ExpressDissent, null, CancellationToken.None);

        Assert.That(view, Is.EqualTo(new SutDecisionView("recorded", "expressDissent", "Recorded on Spine")));
        Assert.That(said.ToString(), Does.Contain("'maybe' is not one of recorded, refused, spineError, fault, failed."));
    }

    [Test]
    public async Task BatchConfirmation_BuildsTheResultTheStepsRead_OnePatientAtATime()
    {
        var (driver, _) = Driver("shown", string.Empty, "yes", string.Empty, "no", "not an NHS number", "3 patients");

        var view = await driver.BatchConfirmAsync(["9434765919", "9000000009", "12345"], null, CancellationToken.None);

        var patients = view.Result!.Value.GetProperty("patients").EnumerateArray().ToList();
        Assert.That(patients.Select(p => (p.GetProperty("nhsNumber").GetString(), p.GetProperty("activeLrExists").GetBoolean())),
            Is.EqualTo(new[] { ("9434765919", true), ("9000000009", false), ("12345", false) }));
        Assert.That(patients[2].GetProperty("issue").GetString(), Is.EqualTo("not an NHS number"));
    }

    [Test]
    public async Task Sent_IsReadFromSpinesJournal_NotAskedOfTheTester()
    {
        var (driver, _) = Driver("shown", "Ask", "Ask", string.Empty);
        await driver.ViewPermissionsAsync("9434765919", null, CancellationToken.None);
        var wire = SampleEbxml.Wire();
        await simulator.SendAsync("/reliablemessaging/reliablerequest", wire.ContentType, wire.SoapAction, wire.Body.ToArray());

        var sent = await driver.SentAsync(CancellationToken.None);

        Assert.That(sent.Select(a => (a.Attempt, a.Answer)), Is.EqualTo(new[] { (1, sent[0].Answer) }));
        Assert.That(sent[0].MessageId, Is.EqualTo(EbxmlReader.Read(wire.ContentType, wire.Body.ToArray()).Message.Header.MessageId));
        await driver.DisposeAsync();
    }

    private (ManualDriver Driver, StringWriter Said) Driver(params string[] answers)
    {
        var said = new StringWriter();
        var terminal = new TesterTerminal(new StringReader(string.Join('\n', answers) + '\n'), said);
        var session = new ManualTesterSession(() => terminal);
        return (new ManualDriver(new ManualScenario("Feature: a scenario", () => "When the clinician looks", _ => { }), simulator, session), said);
    }
}
