namespace SpineConformance.Reporting.Allure;

// The shapes of Allure 2's documented result format (*-result.json); property names serialise as camelCase.

internal sealed record AllureLabel(string Name, string Value);

internal sealed record AllureLink(string Name, string Url, string Type);

internal sealed record AllureParameter(string Name, string Value);

internal sealed record AllureAttachment(string Name, string Source, string Type);

internal sealed record AllureStatusDetails(string? Message, string? Trace, bool Known = false, bool Muted = false, bool Flaky = false);
