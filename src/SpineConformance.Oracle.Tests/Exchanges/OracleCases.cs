using SpineConformance.Hl7.Acs;
using SpineConformance.Oracle.Tests.Schemas;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.State;
using SpineConformance.Testing;

namespace SpineConformance.Oracle.Tests.Exchanges;

/// <summary>
/// Every ACS message kind the simulator and the reference SUT produce: Get, Set and Has for each patient state and
/// decision, and Spine's AE answers to bad NHS numbers. Each case uses its own synthetic patient.
/// </summary>
internal static class OracleCases
{
    private const string ElevenDigits = "91928374650";
    private const string WrongCheckDigit = "9434765918";
    private const string SetWrongCheckDigit = "9995000181";

    private static readonly OfficialSchema Ack = OfficialSchema.ApplicationAcknowledgement;

    public static IReadOnlyList<OracleCase> All { get; } =
    [
        new("Get, no decision", OfficialSchema.GetRequest, OfficialSchema.GetResponse, null,
            (_, sut) => sut.GetPermissionsAsync(Some.NhsNumber().Value)),
        new("Get, dissent", OfficialSchema.GetRequest, OfficialSchema.GetResponse, null,
            (spine, sut) => SeededThen(spine, AcsPermission.No, nhs => sut.GetPermissionsAsync(nhs))),
        new("Get, consent", OfficialSchema.GetRequest, OfficialSchema.GetResponse, null,
            (spine, sut) => SeededThen(spine, AcsPermission.Yes, nhs => sut.GetPermissionsAsync(nhs))),
        new("Set, express consent", OfficialSchema.SetRequest, Ack, "AA",
            (_, sut) => sut.SetPermissionsAsync(Some.NhsNumber().Value, "expressConsent")),
        new("Set, express dissent", OfficialSchema.SetRequest, Ack, "AA",
            (_, sut) => sut.SetPermissionsAsync(Some.NhsNumber().Value, "expressDissent")),
        new("Set, ask for consent (after dissent)", OfficialSchema.SetRequest, Ack, "AA",
            (spine, sut) => SeededThen(spine, AcsPermission.No, nhs => sut.SetPermissionsAsync(nhs, "askForConsent"))),
        new("Has, no decision", OfficialSchema.HasRequest, OfficialSchema.HasResponse, null,
            (_, sut) => sut.HasPermissionsAsync(Some.NhsNumber().Value)),
        new("Has, consent", OfficialSchema.HasRequest, OfficialSchema.HasResponse, null,
            (spine, sut) => SeededThen(spine, AcsPermission.Yes, nhs => sut.HasPermissionsAsync(nhs))),
        new("Get, 11-digit NHS number (AE)", OfficialSchema.GetRequest, Ack, "AE",
            (_, sut) => sut.GetPermissionsAsync(ElevenDigits)),
        new("Get, wrong check digit (AE)", OfficialSchema.GetRequest, Ack, "AE",
            (_, sut) => sut.GetPermissionsAsync(WrongCheckDigit)),
        new("Set, wrong check digit (AE)", OfficialSchema.SetRequest, Ack, "AE",
            (_, sut) => sut.SetPermissionsAsync(SetWrongCheckDigit, "expressDissent")),
        new("Has, wrong check digit (AE)", OfficialSchema.HasRequest, Ack, "AE",
            (_, sut) => sut.HasPermissionsAsync(WrongCheckDigit)),
    ];

    // Seeding writes the store directly (no message), so the case's only journal entry is the SUT's own exchange.
    private static async Task SeededThen(SpineSimulatorHost spine, AcsPermission both, Func<string, Task> act)
    {
        var nhsNumber = Some.NhsNumber();
        await spine.SeedPermissionsAsync(new PatientPermissions(nhsNumber, both, both));
        await act(nhsNumber.Value);
    }
}
