namespace SpineConformance.Hl7.Lr;

/// <summary>
/// The payload of Confirm LR - Short Response (<c>REPC_MT070101UK13</c>): whether an Active LR exists. The value is text
/// (<c>true</c>/<c>false</c> on the wire) so tests can send anything else.
/// </summary>
public sealed record LRExists(string Value)
{
    public static LRExists Of(bool exists) => new(exists ? "true" : "false");

    /// <summary>The value as a boolean, or <see langword="null"/> when it is not <c>true</c> or <c>false</c>.</summary>
    public bool? Exists => Value switch { "true" => true, "false" => false, _ => null };
}
