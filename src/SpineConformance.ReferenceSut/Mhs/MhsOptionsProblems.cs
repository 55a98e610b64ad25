using System.Globalization;

namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>What is wrong with the <c>ReferenceSut:Mhs</c> settings, each problem naming its configuration key.</summary>
internal static class MhsOptionsProblems
{
    private const string Section = ReferenceSutConstants.SectionName + ":Mhs:";

    public static IEnumerable<string> Of(MhsOptions? mhs)
    {
        if (mhs is null)
        {
            yield return $"{ReferenceSutConstants.SectionName}:Mhs is required.";
            yield break;
        }

        foreach (var (name, value) in new[] { (nameof(mhs.PartyKey), mhs.PartyKey), (nameof(mhs.CpaId), mhs.CpaId), (nameof(mhs.SpinePartyKey), mhs.SpinePartyKey) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return $"{Section}{name} is required.";
            }
        }

        if (string.IsNullOrWhiteSpace(mhs.ReliablePath) || !mhs.ReliablePath.StartsWith('/'))
        {
            yield return $"{Section}{nameof(mhs.ReliablePath)} must be a path starting with '/', such as {MhsConstants.DefaultReliablePath}; '{mhs.ReliablePath}' is not.";
        }

        if (mhs.Retries is < 0 or > MhsConstants.MaxRetries)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{Section}{nameof(mhs.Retries)} must be 0 to {MhsConstants.MaxRetries}; it is {mhs.Retries}.");
        }

        if (mhs.PersistDuration <= TimeSpan.Zero)
        {
            yield return $"{Section}{nameof(mhs.PersistDuration)} must be more than zero; it is {mhs.PersistDuration}.";
        }

        if (mhs.RetryInterval <= TimeSpan.Zero || mhs.RetryInterval > mhs.PersistDuration)
        {
            yield return $"{Section}{nameof(mhs.RetryInterval)} must be more than zero and at most the persist duration ({mhs.PersistDuration}); it is {mhs.RetryInterval}.";
        }
    }
}
