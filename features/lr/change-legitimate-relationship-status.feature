@lr @story:RequestStatusChange @severity:critical
Feature: Request Status Change
  The system asks Spine to change an LR's status: REPC_IN040000UK15 (ebXML reliable, lrs), confirmed by
  REPC_IN050000UK13 or rejected by MCCI_IN010000UK13. A closing change (e.g. 11 Referral discharge) makes the LR
  Inactive until it expires; the confirmation History query then reports it.
  An LR id is 1 to 20 characters (LR.md §10.7), so "123456789" is a well-formed id that only Spine can know it does not
  hold: the request is valid, and its rejection is Spine's to give.

  Background:
    Given a clinician is logged in to the system under test
    And a patient with no sharing decision recorded on Spine

  @LR-STATUS-001
  Scenario: Create, confirm, discharge and see the history
    Given the clinician has an LR with the patient
    When the clinician checks whether an LR exists with the patient
    Then the system shows that an Active LR exists
    When the clinician changes the LR's status with reason "11"
    Then the system shows the status change as confirmed once Spine's reply arrives
    And Spine holds the LR as Inactive
    When the clinician asks for the history of LRs with the patient
    Then the system shows that no Active LR exists, and an Inactive one does

  @LR-STATUS-002
  Scenario: A status change for an LR Spine does not hold is rejected
    When the clinician changes the status of LR "123456789" with reason "11"
    Then the system shows Spine's rejection of the request once Spine's reply arrives

  @LR-STATUS-003
  Scenario: The status change request the system sends is valid
    Given the clinician has an LR with the patient
    When the clinician changes the LR's status with reason "07"
    Then the system's message is a valid ebXML reliable message for REPC_IN040000UK15
    And the HL7 payload is valid against the run's schemas
    And the HL7 payload passes every Spine rule for REPC_IN040000UK15
    And the request matches the expected REPC_IN040000UK15
    And the request names the logged-in user and the system's ASID
    And the request carries the time it was sent and ids of its own
    And the request obeys each of these rules of REPC_IN040000UK15:
      | rule                        |
      | LR-SC-PAYLOAD               |
      | LR-SC-REASON-CODE           |
      | LR-SC-REASON-CODE-SYSTEM    |
      | LR-SC-REASON-CODE-KNOWN     |
      | LR-SC-PATIENT-ID-EMPTY      |
      | LR-SC-PATIENT-ID-ROOT       |
      | LR-SC-PATIENT-ID-LENGTH     |
      | LR-SC-NHS-NUMBER            |
      | LR-SC-AUTHOR                |
      | LR-SC-AUTHOR-SYSTEM-ID      |
      | LR-SC-AUTHOR-URPID          |
      | LR-SC-AUTHOR-USER-ID        |
      | LR-SC-AUTHOR-USER-ID-LENGTH |
      | LR-SC-LR-ID                 |
      | LR-SC-LR-ID-LENGTH          |

  @LR-STATUS-004
  Scenario: An ebXML MessageError answering a status change is reported, and the message is not sent again
    Given the clinician has an LR with the patient
    And Spine will answer the system's next message with an ebXML MessageError
    When the clinician changes the LR's status with reason "11"
    Then the system reports that the request failed
    And the system sent its message once only

  @LR-STATUS-005
  Scenario: Spine's error reply to a valid status change is shown with every reason
    Given the clinician has an LR with the patient
    And Spine will reply to the system's next message about the patient with an error, with the reasons:
      | code | text                                                 |
      | 5000 | Request could not be processed                       |
      | 5001 | The patient's record is held by another organisation |
    When the clinician changes the LR's status with reason "11"
    Then the system shows Spine's rejection of the request once Spine's reply arrives
    And the system shows every reason in Spine's reply
