using SpineConformance.Hl7.Xml;

namespace SpineConformance.Validation.Comparison;

/// <summary>
/// A folder of templates, one or more per interaction: <c>ID.xml</c> is the default form, <c>ID.name.xml</c> another
/// acceptable form of the same interaction.
/// </summary>
public sealed class ExpectedMessages
{
    private readonly Dictionary<string, ExpectedMessage> byInteraction;

    private ExpectedMessages(string folder, Dictionary<string, ExpectedMessage> byInteraction)
    {
        Folder = folder;
        this.byInteraction = byInteraction;
    }

    public string Folder { get; }

    public IReadOnlyCollection<string> InteractionIds => byInteraction.Keys;

    /// <summary>Reads every <c>*.xml</c> in the folder; throws <see cref="InvalidDataException"/> naming the file for a template that is not usable.</summary>
    public static ExpectedMessages Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The expected-message folder '{Path.GetFullPath(folder)}' does not exist.");
        }

        var forms = Directory.EnumerateFiles(folder, "*.xml")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var name = Path.GetFileNameWithoutExtension(path);
                var dot = name.IndexOf('.', StringComparison.Ordinal);
                var interaction = dot < 0 ? name : name[..dot];
                var form = dot < 0 ? ExpectedMessage.DefaultForm : name[(dot + 1)..];
                using var stream = File.OpenRead(path);
                return (interaction, Form: new ExpectedForm(form, TemplateReader.Read(HardenedXml.Load(stream), path), path));
            });
        var messages = forms
            .GroupBy(f => f.interaction, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new ExpectedMessage(g.Key, [.. g.Select(f => f.Form).OrderBy(f => f.Name == ExpectedMessage.DefaultForm ? 0 : 1)]), StringComparer.Ordinal);
        return new ExpectedMessages(folder, messages);
    }

    public ExpectedMessage For(string interactionId) =>
        byInteraction.TryGetValue(interactionId, out var expected)
            ? expected
            : throw new KeyNotFoundException(
                $"There is no expected message for {interactionId} in '{Folder}'. Add {interactionId}.xml there; the folder holds: "
                + $"{(byInteraction.Count == 0 ? "nothing" : string.Join(", ", byInteraction.Keys.Order(StringComparer.Ordinal)))}.");
}
