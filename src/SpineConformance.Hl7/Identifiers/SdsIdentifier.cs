namespace SpineConformance.Hl7.Identifiers;

/// <summary>
/// The shared shape of SDS identifiers (ASID, user id, role profile id): twelve digits, checked
/// by EIS/TKW validators (<c>SDSIdentifiers.xslt</c>).
/// </summary>
internal static class SdsIdentifier
{
    public static string? Problem(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return $"{what} is required but the value was empty.";
        }

        if (!text.All(char.IsAsciiDigit))
        {
            return $"{what} '{text}' must contain only digits.";
        }

        return text.Length == 12 ? null : $"{what} '{text}' must have 12 digits; it has {text.Length}.";
    }
}
