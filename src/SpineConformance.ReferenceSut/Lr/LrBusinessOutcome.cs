namespace SpineConformance.ReferenceSut.Lr;

/// <summary>How an asynchronous LR request ended, once Spine's business reply arrived at <c>/mhs/inbound</c>.</summary>
public enum LrBusinessOutcome
{
    /// <summary>Spine accepted the request; its reply has not arrived yet.</summary>
    Pending,

    /// <summary>Confirm LR Created: the LR exists, with the id Spine gave it.</summary>
    Created,

    /// <summary>Confirm Status Change Request: the LR's status changed.</summary>
    StatusChanged,

    /// <summary>Add User to Workgroup Response: the role profile was added.</summary>
    Added,

    /// <summary>Add User to Workgroup Response with <c>alreadyAMember</c> true: nothing was done.</summary>
    AlreadyAMember,

    /// <summary>Remove User from Workgroup Response: the role profile was removed.</summary>
    Removed,

    /// <summary>Remove User from Workgroup Response with <c>wasNotAMember</c> true: nothing was done.</summary>
    WasNotAMember,

    /// <summary>Spine rejected the request with an Application Acknowledgement (AE or AR) and its reasons.</summary>
    SpineError,

    /// <summary>Spine did not accept the message, or its reply could not be used.</summary>
    Failed,
}
