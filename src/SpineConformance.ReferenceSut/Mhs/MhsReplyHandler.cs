using SpineConformance.Hl7.Ebxml;

namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>
/// Takes a reply the MHS has accepted (well packaged, addressed to this system, not a duplicate) and applies it to the
/// request it answers. Called once per MessageId; must not throw for a reply it cannot use.
/// </summary>
public abstract class MhsReplyHandler
{
    public abstract MhsCorrelation Handle(EbxmlMessage reply);
}
