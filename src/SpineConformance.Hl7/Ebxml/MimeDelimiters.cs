namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// Finds delimiter lines in a multipart body. A delimiter is <c>--boundary</c> at the start of a line, optionally
/// followed by <c>--</c> (closing) and spaces, then a line end. The line break before it belongs to the delimiter.
/// </summary>
internal static class MimeDelimiters
{
    internal readonly record struct Delimiter(int ContentEnd, int ContentStart, bool Closing);

    public static List<Delimiter> Find(ReadOnlySpan<byte> body, ReadOnlySpan<byte> delimiter)
    {
        var found = new List<Delimiter>();
        var position = 0;
        while (position < body.Length)
        {
            var offset = body[position..].IndexOf(delimiter);
            if (offset < 0)
            {
                break;
            }

            var at = position + offset;
            position = at + delimiter.Length;
            if (at > 0 && body[at - 1] != (byte)'\n')
            {
                continue;
            }

            var cursor = position;
            var closing = cursor + 1 < body.Length && body[cursor] == (byte)'-' && body[cursor + 1] == (byte)'-';
            if (closing)
            {
                cursor += 2;
            }

            while (cursor < body.Length && (body[cursor] == (byte)' ' || body[cursor] == (byte)'\t'))
            {
                cursor++;
            }

            if (cursor < body.Length && body[cursor] != (byte)'\r' && body[cursor] != (byte)'\n')
            {
                continue;
            }

            cursor = SkipLineBreak(body, cursor);
            found.Add(new Delimiter(LineBreakStart(body, at), cursor, closing));
            if (closing)
            {
                break;
            }

            position = cursor;
        }

        return found;
    }

    /// <summary>Where content ends when the body stops without a closing delimiter: before a final line break.</summary>
    public static int TrimFinalLineBreak(ReadOnlySpan<byte> body) => LineBreakStart(body, body.Length);

    private static int LineBreakStart(ReadOnlySpan<byte> body, int at)
    {
        if (at > 0 && body[at - 1] == (byte)'\n')
        {
            at--;
            if (at > 0 && body[at - 1] == (byte)'\r')
            {
                at--;
            }
        }

        return at;
    }

    private static int SkipLineBreak(ReadOnlySpan<byte> body, int cursor)
    {
        if (cursor < body.Length && body[cursor] == (byte)'\r')
        {
            cursor++;
        }

        if (cursor < body.Length && body[cursor] == (byte)'\n')
        {
            cursor++;
        }

        return cursor;
    }
}
