using System.Diagnostics.CodeAnalysis;

namespace SpineConformance.Hl7.Identifiers;

/// <summary>
/// The outcome of parsing text into a domain value: either the value, or the reason it was refused.
/// Parsing bad input is expected, so it is an outcome rather than an exception.
/// </summary>
public readonly record struct ParseResult<T>
    where T : notnull
{
    private readonly T? value;

    private ParseResult(T? value, string? error)
    {
        this.value = value;
        Error = error;
    }

    /// <summary>Why the text was refused; <see langword="null"/> when parsing succeeded.</summary>
    public string? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>The parsed value. Throws when parsing failed, naming the reason.</summary>
    public T Value => Success ? value! : throw new FormatException(Error);

    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(string error) => new(default, error);

    public bool TryGetValue([NotNullWhen(true)] out T? result)
    {
        result = value;
        return Success;
    }
}
