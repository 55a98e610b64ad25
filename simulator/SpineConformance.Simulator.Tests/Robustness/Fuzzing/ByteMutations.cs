using System.Text;

namespace SpineConformance.Simulator.Tests.Robustness.Fuzzing;

/// <summary>Mutations that know nothing of XML or MIME: the body as bytes.</summary>
internal static class ByteMutations
{
    private static readonly string[] Tokens =
    [
        "<", ">", "&", "\"", "'", "</", "/>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "&#0;", "&#xD800;", "<?xml version=\"1.0\"?>",
        "<![CDATA[", "]]>", "<!--", "-->", "\r\n", "\r\n--", "----=_MIME-Boundary", "\r\n\r\n", "\u00ff\u00fe", "\0",
    ];

    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("flip bits", FlipBits),
        new("insert bytes", InsertBytes),
        new("insert a token", InsertToken),
        new("delete a range", DeleteRange),
        new("duplicate a range", DuplicateRange),
        new("truncate", Truncate),
        new("overwrite with a hostile value", OverwriteWithHostile),
    ];

    private static BadRequest FlipBits(Random random, BadRequest request)
    {
        var body = request.Body.ToArray();
        for (var i = random.Next(1, 9); i > 0 && body.Length > 0; i--)
        {
            body[random.Next(body.Length)] ^= (byte)(1 << random.Next(8));
        }

        return request with { Body = body };
    }

    private static BadRequest InsertBytes(Random random, BadRequest request)
    {
        var inserted = new byte[random.Next(1, 16)];
        random.NextBytes(inserted);
        return Splice(random, request, inserted);
    }

    private static BadRequest InsertToken(Random random, BadRequest request) =>
        Splice(random, request, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));

    private static BadRequest DeleteRange(Random random, BadRequest request)
    {
        var (from, length) = Range(random, request.Body.Length);
        return request with { Body = [.. request.Body[..from], .. request.Body[(from + length)..]] };
    }

    private static BadRequest DuplicateRange(Random random, BadRequest request)
    {
        var (from, length) = Range(random, request.Body.Length);
        return request with { Body = [.. request.Body[..(from + length)], .. request.Body[from..(from + length)], .. request.Body[(from + length)..]] };
    }

    private static BadRequest Truncate(Random random, BadRequest request) =>
        request with { Body = request.Body[..random.Next(request.Body.Length + 1)] };

    private static BadRequest OverwriteWithHostile(Random random, BadRequest request)
    {
        var (from, length) = Range(random, request.Body.Length);
        return request with { Body = [.. request.Body[..from], .. Encoding.UTF8.GetBytes(Mutations.AnyHostile(random)), .. request.Body[(from + length)..]] };
    }

    private static BadRequest Splice(Random random, BadRequest request, byte[] inserted)
    {
        var at = random.Next(request.Body.Length + 1);
        return request with { Body = [.. request.Body[..at], .. inserted, .. request.Body[at..]] };
    }

    // A short range: most damage in real clients is local.
    private static (int From, int Length) Range(Random random, int size)
    {
        if (size == 0)
        {
            return (0, 0);
        }

        var from = random.Next(size);
        return (from, random.Next(Math.Min(64, size - from) + 1));
    }
}
