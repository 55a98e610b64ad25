using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Steps;

/// <summary>
/// When a messaging scenario fails, the report shows what the system's MHS itself says it sent and received (attempts,
/// retries, acknowledgements, duplicates), beside the simulator's view the steps attached: the quickest way to see
/// which side of a reliable exchange went wrong. Passing scenarios skip it, so it costs nothing when all is well.
/// </summary>
[Binding]
public sealed class MessagingFailureEvidence(ScenarioContext scenario, ISutLrDriver sut, Evidence evidence)
{
    [AfterScenario("messaging")]
    public async Task AttachTheMhsLogsAsync()
    {
        if (scenario.TestError is null)
        {
            return;
        }

        evidence.AttachJson("What the system's MHS sent", await sut.SentAsync(CancellationToken.None));
        evidence.AttachJson("What the system's MHS received", await sut.ReceivedAsync(CancellationToken.None));
    }
}
