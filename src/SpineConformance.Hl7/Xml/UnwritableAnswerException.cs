namespace SpineConformance.Hl7.Xml;

/// <summary>An answer holds something <see cref="Utf8AnswerWriter"/> does not write the way the general writer would.</summary>
public sealed class UnwritableAnswerException(string what) : Exception($"The answer holds {what}; it is written the general way.");
