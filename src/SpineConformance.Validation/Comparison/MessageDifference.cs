namespace SpineConformance.Validation.Comparison;

/// <summary>
/// One way the message differs from the expected one: where (an XPath into the message, or into the template when the
/// message lacks the node), what kind of difference, and the expected and actual values.
/// </summary>
public sealed record MessageDifference(string XPath, string Description, string Expected, string Actual)
{
    /// <summary>Written for a node that is not there.</summary>
    public const string Absent = "(absent)";
}
