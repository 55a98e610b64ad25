using System.Globalization;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Tenants;

/// <summary>
/// Fresh synthetic patients for <c>POST /admin/patients/allocate</c>: NHS numbers from the 999 range (numbers starting
/// 999 are never issued to real patients, so test data uses them), counted up from 999 000 000 by a counter the store keeps,
/// so none is handed out twice, across a restart or to concurrent callers. First nine digits whose Modulus 11 check value
/// is 10 make no NHS number and are skipped, as is any number the simulator already holds permissions for (a seeded or
/// hand-made patient). The seeded synthetic patients (9434765919, 9000000009, 9449306680) lie outside the range.
/// </summary>
internal sealed class PatientAllocation(IPatientAllocationStore counter, IPermissionStore permissions)
{
    /// <summary>The most numbers one request may allocate.</summary>
    public const int MaxCount = 1000;

    /// <summary>The first nine digits of the first number in the range.</summary>
    public const long RangeStart = 999_000_000;

    /// <summary>How many first-nine-digit values the range holds (999 000 000 to 999 999 999).</summary>
    public const long RangeSize = 1_000_000;

    /// <summary><paramref name="count"/> NHS numbers never handed out before; <see langword="null"/> once the range is used up.</summary>
    public async Task<IReadOnlyList<NhsNumber>?> AllocateAsync(int count, CancellationToken cancellationToken)
    {
        var numbers = new List<NhsNumber>(count);
        while (numbers.Count < count)
        {
            // About one value in eleven is skipped, so a block a little larger than needed usually suffices.
            var wanted = count - numbers.Count;
            var block = wanted + (wanted / 10) + 1;
            var first = await counter.ReserveAsync(block, cancellationToken);
            for (var serial = first; serial < first + block && numbers.Count < count; serial++)
            {
                if (serial >= RangeSize)
                {
                    return null;
                }

                var firstNine = (RangeStart + serial).ToString(CultureInfo.InvariantCulture);
                if (NhsNumber.CheckDigitFor(firstNine) is { } check
                    && NhsNumber.From(firstNine + check.ToString(CultureInfo.InvariantCulture)) is var number
                    && await permissions.FindAsync(number, cancellationToken) is null)
                {
                    numbers.Add(number);
                }
            }
        }

        return numbers;
    }
}
