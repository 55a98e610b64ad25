using SpineConformance.Gherkin.Tests.Support;

namespace SpineConformance.Gherkin.Tests.Bindings;

[Binding]
public sealed class CounterSteps(Counter counter, ScenarioContext context, Recorder recorder)
{
    [Given(@"a counter starting at (\d+)")]
    public void StartAt(int value)
    {
        counter.Value = value;
        recorder.Add($"start {value} on {counter.Instance}");
    }

    [When(@"I add (\d+)")]
    public async Task Add(int amount)
    {
        await Task.Yield();
        counter.Value += amount;
    }

    [Then(@"the counter is (\d+)")]
    public void Check(int expected)
    {
        // Thrown, not Assert.That: a failing NUnit assertion would also fail the test that runs this fixture.
        if (counter.Value != expected)
        {
            throw new AssertionException($"Expected the counter to be {expected} but it was {counter.Value}.");
        }

        recorder.Add($"checked {expected} on {counter.Instance}");
    }

    [When("the step throws an unexpected error")]
    public static void Throw() => throw new InvalidOperationException("The simulator is not running.");

    [When("a step is not written yet")]
    public void NotWritten() => context.Pending();

    [When(@"I attach ""(.*)""")]
    public void AttachEvidence(string name)
    {
        context.Attach(name, "text/plain", $"evidence from {context.CurrentStep}");
        context.Log("attached " + name);
    }
}
