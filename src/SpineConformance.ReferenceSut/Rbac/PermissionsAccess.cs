namespace SpineConformance.ReferenceSut.Rbac;

/// <summary>What a user wants to do with a patient's sharing permissions; the RBAC policy grants each separately.</summary>
public enum PermissionsAccess
{
    /// <summary>Read the permissions: Get and Has.</summary>
    View,

    /// <summary>Record a sharing decision: Set.</summary>
    Change,
}
