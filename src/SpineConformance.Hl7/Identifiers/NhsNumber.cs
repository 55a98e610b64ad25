namespace SpineConformance.Hl7.Identifiers;

/// <summary>
/// A ten-digit NHS number whose last digit is the Modulus 11 check digit of the first nine.
/// Weights run 10 down to 2; a remainder giving a check value of 10 makes the number invalid,
/// and a check value of 11 means a check digit of 0.
/// </summary>
public sealed record NhsNumber
{
    /// <summary>The OID Spine uses as the <c>root</c> of an NHS number identifier.</summary>
    public const string Oid = "2.16.840.1.113883.2.1.4.1";

    private NhsNumber(string value) => Value = value;

    public string Value { get; }

    public static ParseResult<NhsNumber> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ParseResult<NhsNumber>.Fail("An NHS number is required but the value was empty.");
        }

        if (text.Length != 10)
        {
            return ParseResult<NhsNumber>.Fail(
                $"An NHS number has exactly 10 digits; '{text}' has {text.Length} characters.");
        }

        if (!text.All(char.IsAsciiDigit))
        {
            return ParseResult<NhsNumber>.Fail($"An NHS number contains only digits; '{text}' does not.");
        }

        var expected = CheckDigitFor(text.AsSpan(0, 9));
        if (expected is null)
        {
            return ParseResult<NhsNumber>.Fail(
                $"'{text}' is not a valid NHS number: its first nine digits give a Modulus 11 check value of 10, which no NHS number may have.");
        }

        var actual = text[9] - '0';
        return actual == expected
            ? ParseResult<NhsNumber>.Ok(new NhsNumber(text))
            : ParseResult<NhsNumber>.Fail(
                $"'{text}' is not a valid NHS number: its check digit is {actual} but Modulus 11 gives {expected}.");
    }

    public static NhsNumber From(string text) => Parse(text).Value;

    public static bool IsValid(string? text) => Parse(text).Success;

    /// <summary>
    /// The Modulus 11 check digit for nine leading digits, or <see langword="null"/> when those
    /// digits cannot start a valid NHS number.
    /// </summary>
    public static int? CheckDigitFor(ReadOnlySpan<char> firstNine)
    {
        if (firstNine.Length != 9)
        {
            throw new ArgumentException("Exactly nine digits are needed.", nameof(firstNine));
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (firstNine[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => null,
            _ => check,
        };
    }

    public override string ToString() => Value;
}
