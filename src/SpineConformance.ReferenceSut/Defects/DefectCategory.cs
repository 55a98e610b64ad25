namespace SpineConformance.ReferenceSut.Defects;

/// <summary>Where a defect lives, in the order Spine validates: transport, then wrapper, then payload, then what the system does.</summary>
public enum DefectCategory
{
    /// <summary>HTTP, SOAP and ebXML headers: SOAPAction, WS-Addressing, the ebXML MessageHeader and its reliability elements.</summary>
    Transport,

    /// <summary>The HL7 transmission wrapper and control act: ids, creation time, interaction id, ASIDs, authors.</summary>
    Wrapper,

    /// <summary>The business payload: NHS numbers, ACS permissions and assertions, LR codes.</summary>
    Payload,

    /// <summary>What the system does with answers and replies: what it shows, RBAC, acknowledgements, retries, duplicates.</summary>
    Behaviour,
}
