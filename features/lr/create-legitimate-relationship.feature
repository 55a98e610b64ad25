@lr @story:RequestCreateLR @severity:critical
Feature: Request Create LR
  The system asks Spine to create a legitimate relationship between a patient and a user's role profile or a
  workgroup: REPC_IN010000UK15, an ebXML reliable message on the lrs service, confirmed asynchronously by
  REPC_IN020000UK13 with the new LR's id, or rejected by MCCI_IN010000UK13. A self-claimed LR, or one with an
  alert requested, raises an alert for the privacy officer.
  The workgroup is the run's (WorkgroupId, WorkgroupName), one the clinician belongs to. Only the NASP may create a GP
  registration LR (type 11, LR.md §10.2): a system may refuse it itself without sending anything, or send it and show
  Spine's rejection. creationTime may carry a +ZZzz offset (LR.md §8.1: 12, 14 or 19 characters).

  Background:
    Given a clinician is logged in to the system under test
    And a patient with no sharing decision recorded on Spine

  @LR-CREATE-001
  Scenario: A referral LR for the clinician is created and held by Spine
    When the clinician requests a referral LR with the patient
    Then the system shows the LR as created once Spine's reply arrives
    And Spine holds an Active LR of type "06" between the patient and the clinician's role profile

  @LR-CREATE-002
  Scenario: A self-claimed LR with a reason and an alert request raises a privacy-officer alert
    When the clinician self-claims an LR with the patient, giving reason "04" and "Seen in clinic today"
    Then the system shows the LR as created once Spine's reply arrives
    And Spine holds an Active LR of type "08" between the patient and the clinician's role profile
    And Spine raised a privacy-officer alert for the patient's LR
    And the request matches the expected REPC_IN010000UK15
    And the request gives access reason "04" with the text "Seen in clinic today" and asks for an alert

  @LR-CREATE-003
  Scenario: An LR with a workgroup is created for the workgroup
    When the clinician requests a referral LR between the patient and a workgroup the clinician belongs to
    Then the system shows the LR as created once Spine's reply arrives
    And Spine holds an Active LR of type "06" between the patient and the workgroup
    And the request matches the expected REPC_IN010000UK15

  @LR-CREATE-004
  Scenario: The create request the system sends is valid and names the clinician and the system
    When the clinician requests a referral LR with the patient
    Then the system's message is a valid ebXML reliable message for REPC_IN010000UK15
    And the HL7 payload is valid against the run's schemas
    And the HL7 payload passes every Spine rule for REPC_IN010000UK15
    And the request matches the expected REPC_IN010000UK15
    And the request names the logged-in user and the system's ASID
    And the request carries the time it was sent and ids of its own
    And the request obeys each of these rules of REPC_IN010000UK15:
      | rule                                    |
      | LR-CREATE-PAYLOAD                       |
      | LR-CREATE-CREATION-TIME                 |
      | LR-CREATE-LR-TYPE                       |
      | LR-CREATE-LR-TYPE-CODE-SYSTEM           |
      | LR-CREATE-LR-TYPE-LENGTH                |
      | LR-CREATE-LR-TYPE-KNOWN                 |
      | LR-CREATE-LR-TYPE-NASP-ONLY             |
      | LR-CREATE-SUBJECT                       |
      | LR-CREATE-SUBJECT-OTHER-PERSON          |
      | LR-CREATE-SUBJECT-URPID-MISSING         |
      | LR-CREATE-SUBJECT-URPID-EMPTY           |
      | LR-CREATE-SUBJECT-URPID-TOO-LONG        |
      | LR-CREATE-SUBJECT-USER-ID-MISSING       |
      | LR-CREATE-SUBJECT-USER-ID-TOO-LONG      |
      | LR-CREATE-SUBJECT-WORKGROUP-ID-MISSING  |
      | LR-CREATE-SUBJECT-WORKGROUP-ID-EMPTY    |
      | LR-CREATE-SUBJECT-WORKGROUP-ID-TOO-LONG |
      | LR-CREATE-SUBJECT-WORKGROUP-AGENT       |
      | LR-CREATE-PATIENT-ID-EMPTY              |
      | LR-CREATE-PATIENT-ID-ROOT               |
      | LR-CREATE-PATIENT-ID-TOO-LONG           |
      | LR-CREATE-NHS-NUMBER                    |
      | LR-CREATE-AUTHOR                        |
      | LR-CREATE-AUTHOR-URPID-MISSING          |
      | LR-CREATE-AUTHOR-URPID-EMPTY            |
      | LR-CREATE-AUTHOR-URPID-TOO-LONG         |
      | LR-CREATE-AUTHOR-USER-ID-MISSING        |
      | LR-CREATE-AUTHOR-USER-ID-EMPTY          |
      | LR-CREATE-AUTHOR-USER-ID-TOO-LONG       |
      | LR-CREATE-AUTHOR-WORKGROUP-ROOT         |
      | LR-CREATE-AUTHOR-SYSTEM-ID-MISSING      |
      | LR-CREATE-AUTHOR-SYSTEM-ID-EMPTY        |
      | LR-CREATE-AUTHOR-SYSTEM-ID-TOO-LONG     |
      | LR-CREATE-GRANT-AUTHOR                  |
      | LR-CREATE-EFFECTIVE-TIME                |
      | LR-CREATE-PERTINENT-REASON              |
      | LR-CREATE-ACCESS-REASON-REQUIRED        |
      | LR-CREATE-ACCESS-REASON-CODE-SYSTEM     |
      | LR-CREATE-ACCESS-REASON-FOR-TYPE        |
      | LR-CREATE-ACCESS-REASON-TEXT            |
      | LR-CREATE-ALERT-CODE                    |

  @LR-CREATE-005
  Scenario: A GP registration LR, which only the NASP may create, is rejected and the system shows Spine's error
    When the clinician requests an LR of type "11" with the patient
    Then the system refuses the request itself and sends nothing, or shows Spine's rejection once Spine's reply arrives

  @LR-RBAC-001
  Scenario: A user whose role may not manage legitimate relationships is refused and nothing is sent
    Given a clinician whose job role may not manage legitimate relationships
    When that clinician requests a referral LR with the patient
    Then the system refuses the action
    And the system sent nothing to Spine about the patient

  @LR-CREATE-006
  Scenario: Spine's error reply to a valid create request is shown with every reason
    Given Spine will reply to the system's next message about the patient with an error, with the reasons:
      | code | text                                                 |
      | 5000 | Request could not be processed                       |
      | 5001 | The patient's record is held by another organisation |
    When the clinician requests a referral LR with the patient
    Then the system shows Spine's rejection of the request once Spine's reply arrives
    And the system shows every reason in Spine's reply
