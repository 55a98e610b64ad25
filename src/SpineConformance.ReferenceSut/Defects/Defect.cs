namespace SpineConformance.ReferenceSut.Defects;

/// <summary>
/// A mistake the reference SUT can be told to make, so a run can prove the assurance suite catches it. The id is stable
/// and never renumbered: reports, the README and configuration name defects by it.
/// </summary>
/// <param name="Id">A category letter, a two-digit number and what goes wrong, such as <c>T02-WSA-TO-MISSING</c>.</param>
/// <param name="Description">One line saying what the SUT does wrong, as a supplier's developer might have written it.</param>
public sealed record Defect(string Id, DefectCategory Category, string Description)
{
    public override string ToString() => Id;
}
