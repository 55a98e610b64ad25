using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.Hl7.Acs;

/// <summary>What a client makes of Spine's answer to an ACS request. Every client must expect an MCCI in place of any response.</summary>
public abstract record AcsResponse
{
    private AcsResponse()
    {
    }

    /// <summary>Get succeeded: the permissions Spine holds.</summary>
    public sealed record PermissionsReturned(ResourcePermissions Permissions) : AcsResponse
    {
        public override string ToString() =>
            $"permissions for {Permissions.NhsNumber}: View {Permissions.PermissionFor(AcsFunction.View)}, Store {Permissions.PermissionFor(AcsFunction.Store)}";
    }

    /// <summary>An <c>MCCI_IN010000UK13</c> acknowledgement: AA for a Set that succeeded, AE/AR with reasons otherwise.</summary>
    public sealed record Acknowledged(AcknowledgementType Type, IReadOnlyList<DetectedIssue> Reasons) : AcsResponse
    {
        /// <summary>The reasons as one line a user can read, most specific last, as Spine orders them.</summary>
        public string ErrorText => string.Join("; ", Reasons.Select(r => $"{r.Code} {r.DisplayName}".Trim()));

        public override string ToString() => $"MCCI_IN010000UK13 {Type}" + (Reasons.Count == 0 ? string.Empty : $": {ErrorText}");
    }

    /// <summary>A SOAP fault (HTTP 500).</summary>
    public sealed record Faulted(SoapFault Fault) : AcsResponse
    {
        public override string ToString() =>
            $"SOAP fault {Fault.FaultCode} '{Fault.FaultString}': {string.Join("; ", Fault.Errors.Select(e => $"{e.ErrorCode} {e.Description}"))}";
    }

    /// <summary>The answer could not be understood; the reason says why.</summary>
    public sealed record Unreadable(string Reason) : AcsResponse
    {
        public override string ToString() => $"an unreadable answer: {Reason}";
    }
}
