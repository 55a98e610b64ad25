namespace SpineConformance.Hl7.Ebxml;

/// <summary>One packaging problem, with the part it concerns (numbered from 1) and, for XML, the line.</summary>
public sealed record EbxmlProblem(EbxmlProblemKind Kind, string Message)
{
    public int? PartIndex { get; init; }

    public int? Line { get; init; }

    public override string ToString() =>
        $"{Kind}{(PartIndex is null ? string.Empty : $" (part {PartIndex})")}: {Message}";
}
