namespace SpineConformance.Validation.Ebxml;

/// <summary>
/// The fault names Spine's compiled ebXML Schematron raises (<c>spine2_xslt/ebxmlReliableValidator.xsl</c>,
/// <c>ebxmlAsyncExpressValidator.xsl</c>, <c>Forward-IntermediaryReliability.xsl</c> in nhsdigitalmait/SPINE_schema).
/// </summary>
public static class EbxmlFaults
{
    public const string MessageNotWellFormed = "ErrorBaseTms.MESSAGE_NOT_WELL_FORMED";
    public const string InvalidMessageHeaderVersion = "ErrorBaseTms.INVALID_MESSAGE_HEADER_VERSION";
    public const string InvalidManifestReference = "ErrorBaseTms.INVALID_MANIFEST_REFERENCE";
    public const string DuplicateEliminationInconsistent = "ErrorBaseTms.DUPLICATE_ELIMINATION_INCONSISTENT_WITH_CONTRACT";
    public const string AckRequestedInconsistent = "ErrorBaseTms.ACK_REQUESTED_INCONSISTENT_WITH_CONTRACT";
    public const string AckRequestedVersionInvalid = "ErrorBaseTms.ACK_REQUESTED_VERSION_INVALID";
    public const string AckRequestedSignedInvalid = "ErrorBaseTms.ACK_REQUESTED_SIGNED_INVALID";
    public const string AckRequestedActorInvalid = "ErrorBaseTms.ACK_REQUESTED_ACTOR_INVALID";
    public const string SyncReplyInconsistent = "ErrorBaseTms.SYNCREPLY_INCONSISTENT_WITH_CONTRACT";
    public const string SyncReplyVersionInvalid = "ErrorBaseTms.SYNCREPLY_VERSION_INVALID";
    public const string SyncReplyActorInvalid = "ErrorBaseTms.SYNCREPLY_ACTOR_INVALID";
}
