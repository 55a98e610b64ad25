using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace SpineConformance.ReferenceSut.Spine;

/// <summary>
/// The names a decision goes by in the test hook's JSON and the web form's values (<c>expressConsent</c>,
/// <c>expressDissent</c>, <c>askForConsent</c>): camelCase, as the hook writes every enum.
/// </summary>
internal static class SharingDecisionNames
{
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<SharingDecision>().Select(Of)];

    public static string Of(SharingDecision decision) => JsonNamingPolicy.CamelCase.ConvertName(decision.ToString());

    /// <summary>Accepts only the names in <see cref="All"/>, in any case; never a number, which <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/> would take.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out SharingDecision decision)
    {
        var trimmed = text?.Trim();
        foreach (var candidate in Enum.GetValues<SharingDecision>())
        {
            if (string.Equals(Of(candidate), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                decision = candidate;
                return true;
            }
        }

        decision = default;
        return false;
    }

    /// <summary>Why a text is not a decision, listing the ones that are.</summary>
    public static string Unknown(string? text) => string.IsNullOrWhiteSpace(text)
        ? $"Give a decision: one of {string.Join(", ", All)}."
        : $"'{text}' is not a decision; use one of {string.Join(", ", All)}.";
}
