using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Validation.Comparison;

/// <summary>What one interaction's message should look like: one or more forms, any of which a sender may use.</summary>
public sealed class ExpectedMessage
{
    public const string DefaultForm = "default";

    public ExpectedMessage(string interactionId, IReadOnlyList<ExpectedForm> forms)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(interactionId);
        ArgumentNullException.ThrowIfNull(forms);
        if (forms.Count == 0)
        {
            throw new ArgumentException($"The expected {interactionId} has no form: give it at least one template.", nameof(forms));
        }

        InteractionId = interactionId;
        Forms = forms;
        Variables = forms.SelectMany(f => TemplateVariables.UsedIn(f.Template)).ToHashSet(StringComparer.Ordinal);
    }

    public string InteractionId { get; }

    public IReadOnlyList<ExpectedForm> Forms { get; }

    /// <summary>The scenario variables the templates use; a comparison needs a value for each.</summary>
    public IReadOnlySet<string> Variables { get; }

    /// <summary>
    /// An expected message from template text, each a form (named <c>default</c>, <c>form2</c>, …), for tests and
    /// templates built in code. Throws <see cref="InvalidDataException"/> naming the problem when a template is not usable.
    /// </summary>
    public static ExpectedMessage Parse(string interactionId, params string[] templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var forms = templates.Select((text, i) =>
        {
            var name = i == 0 ? DefaultForm : $"form{i + 1}";
            return new ExpectedForm(name, TemplateReader.Read(HardenedXml.Load(text), $"{interactionId} ({name})"), $"{interactionId} ({name})");
        });
        return new ExpectedMessage(interactionId, [.. forms]);
    }

    public ExpectedForm Form(string name) =>
        Forms.FirstOrDefault(f => f.Name == name)
        ?? throw new KeyNotFoundException($"The expected {InteractionId} has no form '{name}'; its forms are: {string.Join(", ", Forms.Select(f => f.Name))}.");

    public override string ToString() => $"{InteractionId} ({string.Join(", ", Forms.Select(f => f.Name))})";
}
