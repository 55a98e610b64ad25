using System.Globalization;
using SpineConformance.Gherkin.Tests.Support;

namespace SpineConformance.Gherkin.Tests.Bindings;

public sealed record NhsNumber(string Value);

public enum Consent
{
    OptedIn,
    OptedOut,
}

public sealed record Patient(string NhsNumber, string FamilyName, int Age);

public sealed class Address
{
    public string LineOne { get; set; } = string.Empty;

    public string PostCode { get; set; } = string.Empty;
}

[Binding]
public sealed class ArgumentSteps(Recorder recorder)
{
    [StepArgumentTransformation(@"(\d{3}) ?(\d{3}) ?(\d{4})")]
    public static NhsNumber ToNhsNumber(string first, string second, string third) => new(first + second + third);

    [Given(@"patient (.+) was born on (.+)")]
    public void Born(NhsNumber nhsNumber, DateOnly birthDate) =>
        recorder.Add($"{nhsNumber.Value} born {birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

    [Given("the consent is (.+)")]
    public void ConsentIs(Consent consent) => recorder.Add($"consent {consent}");

    [Given("these patients:")]
    public void Patients(Table table)
    {
        foreach (var patient in table.CreateSet<Patient>())
        {
            recorder.Add($"patient {patient.NhsNumber} {patient.FamilyName} {patient.Age}");
        }
    }

    [Given("this address:")]
    public void ThisAddress(Table table)
    {
        var address = table.CreateInstance<Address>();
        recorder.Add($"address {address.LineOne} / {address.PostCode}");
    }

    [Given("the message:")]
    public void Message(string docString) => recorder.Add($"message {docString}");
}
