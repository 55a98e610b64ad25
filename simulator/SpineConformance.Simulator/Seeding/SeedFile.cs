using System.Text.Json;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Faults;

namespace SpineConformance.Simulator.Seeding;

/// <summary>
/// What <c>--seed FILE</c> loads at start: patients' permissions, fault rules, and optionally a whole SDS directory.
/// <code>
/// { "patients": [ { "nhsNumber": "9434765919", "view": "No", "store": "No" } ],
///   "faultRules": [ { "nhsNumber": "9000000009", "kind": "SoapFault", "code": "206", "remainingUses": 1 } ],
///   "directory": { … as default-directory.json … } }
/// </code>
/// </summary>
public sealed record SeedFile
{
    public IReadOnlyList<SeedPatient> Patients { get; init; } = [];

    public IReadOnlyList<FaultRule> FaultRules { get; init; } = [];

    public DirectoryData? Directory { get; init; }

    private static readonly JsonSerializerOptions Json = new(DirectoryJson.Options) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static SeedFile Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<SeedFile>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"The seed file '{path}' is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The seed file '{path}' is not valid: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new InvalidDataException($"The seed file '{path}' cannot be read: {ex.Message}", ex);
        }
    }
}

/// <summary>A patient's permissions in a seed file: <c>Yes</c>, <c>No</c>, or <c>Ask</c> / absent for no decision.</summary>
public sealed record SeedPatient(string NhsNumber, string? View, string? Store);
