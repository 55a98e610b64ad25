namespace SpineConformance.ReferenceSut.Forms;

/// <summary>
/// One of the forms the specifications allow where they allow more than one (a quoted SOAPAction, a timestamp with an
/// offset, another sync path…). The reference SUT sends the first form by default; switching a form on makes it send the
/// alternative, so the suite can be shown to accept both.
/// </summary>
/// <param name="Id">The stable name used in <c>ReferenceSut:Forms</c> and the suite's <c>SutForms</c>.</param>
/// <param name="Description">What the SUT then does differently.</param>
/// <param name="Source">Where the reference notes allow it.</param>
public sealed record SutForm(string Id, string Description, string Source);
