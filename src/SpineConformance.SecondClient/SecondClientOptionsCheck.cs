using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.SecondClient;

/// <summary>Every setting that is wrong, each named with its section, so a bad start-up says all that must change at once.</summary>
internal static class SecondClientOptionsCheck
{
    public static IReadOnlyList<string> Problems(SecondClientOptions options)
    {
        var problems = new List<string>();
        void Check<T>(string name, string value, Func<string?, ParseResult<T>> parse)
            where T : notnull
        {
            var result = parse(value);
            if (!result.Success)
            {
                problems.Add($"{SecondClientOptions.Section}:{name} '{value}': {result.Error}");
            }
        }

        Check(nameof(options.SystemAsid), options.SystemAsid, Asid.Parse);
        Check(nameof(options.SpineAsid), options.SpineAsid, Asid.Parse);
        Check(nameof(options.PartyKey), options.PartyKey, PartyKey.Parse);
        Check(nameof(options.SpinePartyKey), options.SpinePartyKey, PartyKey.Parse);
        Check(nameof(options.RoleProfileId), options.RoleProfileId, SdsRoleProfileId.Parse);
        Check(nameof(options.UserId), options.UserId, SdsUserId.Parse);
        Check(nameof(options.JobRole), options.JobRole, JobRoleCode.Parse);
        if (string.IsNullOrWhiteSpace(options.CpaId))
        {
            problems.Add($"{SecondClientOptions.Section}:CpaId is empty: give the CPA id agreed for this system.");
        }

        foreach (var id in options.Defects.Where(id => Defects.ClientDefects.Find(id) is null))
        {
            problems.Add($"{SecondClientOptions.Section}:Defects '{id}' is not a defect of the second client. The valid ids are: {Defects.ClientDefects.IdList()}.");
        }

        if (options.Retries is < 0 or > 10)
        {
            problems.Add($"{SecondClientOptions.Section}:Retries {options.Retries} is outside 0 to 10.");
        }

        if (options.RetryInterval < TimeSpan.Zero || options.RetryInterval > TimeSpan.FromMinutes(5))
        {
            problems.Add($"{SecondClientOptions.Section}:RetryInterval {options.RetryInterval} is outside 0 to 5 minutes.");
        }

        if (!options.SpineBaseUrl.IsAbsoluteUri || options.SpineBaseUrl.Scheme is not ("http" or "https"))
        {
            problems.Add($"{SecondClientOptions.Section}:SpineBaseUrl '{options.SpineBaseUrl}' must be an absolute http:// or https:// URL.");
        }

        return problems;
    }
}
