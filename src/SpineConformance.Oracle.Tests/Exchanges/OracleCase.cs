using SpineConformance.Oracle.Tests.Schemas;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Oracle.Tests.Exchanges;

/// <summary>
/// One thing a user does through the reference SUT, which makes the SUT send one request and the simulator send one
/// answer. The schemas say which official XSD must accept each; <see cref="AcknowledgementTypeCode"/> pins an
/// <c>MCCI_IN010000UK13</c> answer to AA or AE so an error case really exercises Spine's error path.
/// </summary>
public sealed record OracleCase(
    string Name,
    OfficialSchema RequestSchema,
    OfficialSchema ResponseSchema,
    string? AcknowledgementTypeCode,
    Func<SpineSimulatorHost, SutTestHook, Task> Drive)
{
    public override string ToString() => Name;
}
