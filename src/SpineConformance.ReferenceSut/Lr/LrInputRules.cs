using System.Globalization;
using SpineConformance.Hl7.Lr;

namespace SpineConformance.ReferenceSut.Lr;

/// <summary>
/// The checks a careful LR client makes before sending (LR.md §9–§10), each answering with the problem in words or
/// <see langword="null"/>. Shared by the test hook and the web page so both refuse the same input the same way.
/// </summary>
internal static class LrInputRules
{
    private static readonly string[] TypesNeedingAccessReason = ["03", "04", "08"];

    public static string? Code(LrCodeList list, string? code, bool currentOnly = true) =>
        (currentOnly ? list.IsCurrent(code) : list.Contains(code))
            ? null
            : $"'{code}' is not a{(currentOnly ? " current" : string.Empty)} {list.Name} code; the codes are {string.Join(", ", list.Codes.Where(c => !currentOnly || !c.Retired).Select(c => $"{c.Code} {c.DisplayName}"))}.";

    /// <summary>The create request's cross-field rules: an access reason for types 03, 04 and 08; text for reason 06; a 14-digit expiry.</summary>
    public static IEnumerable<(string Field, string Problem)> Create(string lrTypeCode, string? accessReasonCode, string? justification, string? expiresAt)
    {
        if (TypesNeedingAccessReason.Contains(lrTypeCode) && string.IsNullOrWhiteSpace(accessReasonCode))
        {
            yield return ("accessReason", $"LR type {lrTypeCode} needs an access reason (AccessReasonCode), such as 18 express patient consent to access.");
        }

        if (accessReasonCode == "06" && string.IsNullOrWhiteSpace(justification))
        {
            yield return ("justification", "Access reason 06 Other needs a justification text.");
        }

        if (expiresAt is not null && !DateTime.TryParseExact(expiresAt, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            yield return ("expiresAt", $"'{expiresAt}' is not a date and time yyyyMMddHHmmss, such as 20261231235959.");
        }
    }

    /// <summary>A date <c>yyyyMMdd</c>, as the details query's period takes.</summary>
    public static string? Date(string? date) =>
        DateTime.TryParseExact(date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : $"'{date}' is not a date yyyyMMdd, such as 20260101.";
}
