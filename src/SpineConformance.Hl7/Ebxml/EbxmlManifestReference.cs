namespace SpineConformance.Hl7.Ebxml;

/// <summary>One <c>eb:Reference</c> in the manifest as read: its href, description, schema and whether it marks the HL7 payload.</summary>
public sealed record EbxmlManifestReference(string Href, string Description, bool IsHl7Payload)
{
    public string? SchemaLocation { get; init; }

    public string? SchemaVersion { get; init; }

    /// <summary>The Content-Id named by a <c>cid:</c> href; <see langword="null"/> for <c>mid:</c> (external) or other schemes.</summary>
    public string? ContentId =>
        Href.StartsWith("cid:", StringComparison.OrdinalIgnoreCase) ? MimeContentType.BareId(Href[4..]) : null;
}
