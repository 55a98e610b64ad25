using System.Xml.Linq;

namespace SpineConformance.Validation.Comparison;

/// <summary>One acceptable form of an interaction's message: its name (<c>default</c> for <c>ID.xml</c>) and template.</summary>
public sealed record ExpectedForm(string Name, XDocument Template, string Source);
