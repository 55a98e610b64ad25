namespace SpineConformance.Simulator.Sync;

/// <summary>Reads the HTTP <c>SOAPAction</c> header the way Spine's clients send it: quoted or not, sometimes with a doubled <c>urn:</c>.</summary>
internal static class SoapActionHeader
{
    public static string? Normalise(string? raw)
    {
        var value = raw?.Trim().Trim('"').Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // Spine has been seen to prefix URN actions with an extra "urn:" (TRANSPORT.md §1.7); accept both.
        return value.StartsWith("urn:urn:", StringComparison.Ordinal) ? value["urn:".Length..] : value;
    }
}
