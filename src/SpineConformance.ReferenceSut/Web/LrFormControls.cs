using SpineConformance.Hl7.Lr;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// The controls the LR page's forms are built from. Each control's id is a handle of the suite's browser driver and its
/// name is the test hook's JSON field, so the page and the hook read the same words; every value shown is encoded.
/// </summary>
internal static class LrFormControls
{
    public static string Text(string id, string name, string label, string? value) =>
        $"""<p><label for="{id}">{PageLayout.Encode(label)}</label><input id="{id}" name="{name}" type="text" autocomplete="off" value="{PageLayout.Encode(value)}"></p>""";

    public static string TextArea(string id, string name, string label, string? value) =>
        $"""<p><label for="{id}">{PageLayout.Encode(label)}</label><textarea id="{id}" name="{name}" rows="4">{PageLayout.Encode(value)}</textarea></p>""";

    /// <summary>A checkbox posts its field only when ticked, so the handler reads "present" as true.</summary>
    public static string Checkbox(string id, string name, string label, bool isChecked) =>
        $"""<p class="choice"><input id="{id}" name="{name}" type="checkbox" value="true"{(isChecked ? " checked" : string.Empty)}> <label for="{id}">{PageLayout.Encode(label)}</label></p>""";

    /// <summary>
    /// A choice of the list's current codes (retired codes are ones the SUT refuses to send), each shown as code and name.
    /// The first, empty option is "none" when the field is optional and a prompt otherwise.
    /// </summary>
    public static string Select(string id, string name, string label, LrCodeList list, string? chosen, bool optional)
    {
        var first = $"""<option value="">{(optional ? "None" : $"Choose a {PageLayout.Encode(list.Name)} code")}</option>""";
        var options = list.Codes.Where(c => !c.Retired).Select(c =>
            $"""<option value="{PageLayout.Encode(c.Code)}"{(c.Code == chosen ? " selected" : string.Empty)}>{PageLayout.Encode($"{c.Code} {c.DisplayName}")}</option>""");
        return $"""<p><label for="{id}">{PageLayout.Encode(label)}</label><select id="{id}" name="{name}">{first}{string.Concat(options)}</select></p>""";
    }

    public static bool IsTicked(string? checkbox) => checkbox is not null;
}
