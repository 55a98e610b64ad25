namespace SpineConformance.Hl7.Lr;

/// <summary>
/// The LR codes the product acts on, named by what they mean, so code reads <c>LrTypes.SelfClaimed</c> rather than
/// <c>"08"</c>. The code lists in <see cref="LrVocabulary"/> are built from these same constants.
/// </summary>
public static partial class LrVocabulary
{
    /// <summary>LRType codes (<see cref="LrType"/>).</summary>
    public static class LrTypes
    {
        public const string SubjectAccessRequest = "01";
        public const string PatientComplaint = "02";
        public const string GrantedToColleague = "03";
        public const string ExpressConsent = "04";
        public const string CourtOrder = "05";
        public const string Referral = "06";
        public const string PatientRegistration = "07";
        public const string SelfClaimed = "08";
        public const string PatientSelfReferral = "09";
        public const string Other = "10";
        public const string GeneralPracticeRegistration = "11";
    }

    /// <summary>SCReasonCode codes (<see cref="SCReasonCode"/>); 01 to 05 are retired in MIM 7.2.02.</summary>
    public static class SCReasons
    {
        public const string ReferralCancellation = "01";
        public const string WorkgroupClosure = "02";
        public const string PatientDeceased = "03";
        public const string TimedOut = "04";
        public const string FurtherTimedOut = "05";
        public const string RelationshipTermination = "06";
        public const string ClosureOfCase = "07";
        public const string ReferralAcceptance = "08";
        public const string ReferralRejection = "09";
        public const string ReferralAbandonment = "10";
        public const string ReferralDischarge = "11";
        public const string PatientRegistration = "12";
        public const string PatientDeregistration = "13";
        public const string SelfReferralCessation = "14";
        public const string ClosureOfSubjectAccessRequest = "15";
    }

    /// <summary>LRCurrentStatus codes (<see cref="LrCurrentStatus"/>).</summary>
    public static class LrStatuses
    {
        public const string Active = "01";
        public const string Inactive = "02";
        public const string Frozen = "03";
    }

    /// <summary>AlertCode: whether a create request asks for a privacy-officer alert (<see cref="AlertCode"/>).</summary>
    public static class Alerts
    {
        public const string Yes = "True";

        public const string DontKnow = "False";
    }

    /// <summary>AccessReasonCode codes the rules single out (<see cref="AccessReasonCode"/>).</summary>
    public static class AccessReasons
    {
        public const string Other = "06";
    }

    /// <summary>The two <c>response.Type</c> codes of ConfirmationRespType and DetailsRespType.</summary>
    public static class ResponseTypes
    {
        /// <summary>Short (confirmation) or Simple (details).</summary>
        public const string Brief = "01";

        /// <summary>Historic (confirmation) or Comprehensive (details).</summary>
        public const string Full = "02";
    }

    /// <summary>SDSRegistrationType codes (<see cref="SdsRegistrationType"/>).</summary>
    public static class RegistrationTypes
    {
        public const string AddUserToWorkgroup = "01";
        public const string RemoveUserFromWorkgroup = "02";
    }

    /// <summary>SDSObservationType codes (<see cref="SdsObservationType"/>).</summary>
    public static class ObservationTypes
    {
        public const string IdentifiedWorkgroupsOnly = "01";
        public const string AlreadyAMember = "02";
        public const string WasNotAMember = "03";
    }

    /// <summary>WorkgroupType codes (<see cref="WorkgroupType"/>).</summary>
    public static class WorkgroupTypes
    {
        public const string Standard = "01";
        public const string LongTermCare = "02";
    }
}
