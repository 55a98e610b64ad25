namespace SpineConformance.Oracle.Tests.Schemas;

/// <summary>One complaint of an official schema about a message: where (XPath inside the interaction element) and what.</summary>
public sealed record SchemaError(string Severity, string XPath, string Message)
{
    public override string ToString() => $"[{Severity}] {XPath}: {Message}";
}
