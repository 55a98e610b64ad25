using System.Xml.Linq;

namespace SpineConformance.Validation.Rules;

/// <summary>What a rule reports when a message breaks it: where, what it expected and what it found.</summary>
public sealed record Violation(string XPath, string Expected, string Actual)
{
    /// <summary>The node at fault, when there is one, for its line number.</summary>
    public XObject? Node { get; init; }

    /// <summary>The line at fault when there is no node to take it from (a body the XML reader gave up on).</summary>
    public int? Line { get; init; }

    /// <summary>A detail to add to the rule's description.</summary>
    public string? Detail { get; init; }

    /// <summary>
    /// The whole sentence the sender is told, in place of the rule's description with what was expected and found: for a
    /// refusal whose wording says how to put it right (the SDS registration ones name the admin API call).
    /// </summary>
    public string? Message { get; init; }
}
