using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Testing;

/// <summary>
/// Anonymous test data: each call gives a value no other call in this process has had, so scenarios and tests
/// that run in parallel never share a patient.
/// </summary>
public static class Some
{
    // Synthetic NHS numbers start 999 (never issued to real patients); the process id spreads parallel runs apart.
    private static long next = (Environment.ProcessId % 1000) * 10_000L;

    public static NhsNumber NhsNumber()
    {
        while (true)
        {
            var serial = Interlocked.Increment(ref next) % 1_000_000;
            var firstNine = $"999{serial:D6}";
            if (Hl7.Identifiers.NhsNumber.CheckDigitFor(firstNine) is { } check)
            {
                return Hl7.Identifiers.NhsNumber.From(firstNine + check);
            }
        }
    }

    /// <summary>A twelve-digit workgroup id no SDS directory of the suite's holds, starting 9 to keep clear of registered ones.</summary>
    public static string WorkgroupId() => $"9{Interlocked.Increment(ref next) % 100_000_000_000:D11}";

    /// <summary>Ten digits whose check digit is wrong: the right length, but not an NHS number.</summary>
    public static string NhsNumberWithWrongCheckDigit()
    {
        var valid = NhsNumber().Value;
        var wrong = (valid[9] - '0' + 1) % 10;
        return valid[..9] + wrong;
    }
}
