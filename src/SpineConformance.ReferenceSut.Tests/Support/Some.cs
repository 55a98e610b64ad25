namespace SpineConformance.ReferenceSut.Tests.Support;

/// <summary>Anonymous test data: values whose exact content the test does not care about.</summary>
internal static class Some
{
    /// <summary>A valid NHS number (Modulus 11) from the synthetic test range used in Spine's samples.</summary>
    public const string NhsNumber = "9434765919";
}
