using System.Xml.Linq;

namespace SpineConformance.SecondClient.Spine;

/// <summary>What a synchronous answer means to the user: Spine's data, Spine's refusal with every reason, a fault, or nothing usable.</summary>
internal abstract record SpineVerdict
{
    private SpineVerdict()
    {
    }

    /// <summary>An AA: the interaction element that answered.</summary>
    public sealed record Accepted(XElement Interaction) : SpineVerdict;

    /// <summary>An AE or AR: every reason Spine gave, in its order, each as "code: text".</summary>
    public sealed record Refused(IReadOnlyList<string> Reasons) : SpineVerdict;

    /// <summary>A SOAP fault: its faultstring and each error's code and description.</summary>
    public sealed record Faulted(string FaultString, IReadOnlyList<string> Errors) : SpineVerdict
    {
        public string Text => $"Spine could not process the request ({FaultString})" + (Errors.Count == 0 ? "." : ": " + string.Join("; ", Errors));
    }

    /// <summary>No answer, or one that cannot be read.</summary>
    public sealed record Broken(string Reason) : SpineVerdict;
}
