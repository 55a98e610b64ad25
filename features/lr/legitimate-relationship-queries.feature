@lr @story:LRQueries @severity:normal
Feature: Legitimate relationship queries
  Synchronous queries on lrsquery: Query Confirmation (QUPC_IN010000UK32, Short or History), Query Details
  (QUPC_IN020000UK17, Simple or Complete; the user must already have an LR with the patient) and Query Batch
  Confirmation (QUPC_IN090000UK03). Failures are QUQI_IN010000UK14 with queryResponseCode ID.
  The synchronous forms are accepted as for ACS (TRANSPORT.md §1.1, §2.1): SOAPAction quoted or bare, text/xml with or
  without charset, /sync-service or /syncservice-lrs/acf, creationTime with or without an offset.
  An identifier in a batch that is not an NHS number is reported as an issue for that identifier, by Spine (inline,
  LR.md §9.5) or by the system itself if it checks identifiers before sending; the other patients are still answered.

  Background:
    Given a clinician is logged in to the system under test
    And a patient with no sharing decision recorded on Spine

  @LR-QUERY-001
  Scenario: Confirmation says no LR exists for a patient the clinician has none with
    When the clinician checks whether an LR exists with the patient
    Then the system shows that no Active LR exists

  @LR-QUERY-002
  Scenario: Details are refused when the clinician has no LR with the patient
    When the clinician asks for the details of the patient's LRs
    Then the system shows Spine's query failure

  @LR-QUERY-003
  Scenario: Complete details list the clinician's LR
    Given the clinician has an LR with the patient
    When the clinician asks for the complete details of the patient's LRs
    Then the system shows 1 LR, Active, of type "06"
    And the request matches the expected QUPC_IN020000UK17

  @LR-QUERY-004
  Scenario: Batch confirmation answers each patient, known and unknown
    Given the clinician has an LR with the patient
    When the clinician checks LRs for the patient, another patient and the identifier "123"
    Then the system shows an Active LR for the patient, none for the other, and an issue for "123"
    And the request matches the expected QUPC_IN090000UK03

  @LR-QUERY-005
  Scenario: The confirmation query the system sends is valid
    When the clinician checks whether an LR exists with the patient
    Then the system sent exactly one QUPC_IN010000UK32 about the patient
    And the request is valid against the run's schemas
    And the request passes every Spine rule for QUPC_IN010000UK32
    And the request matches the expected QUPC_IN010000UK32
    And the request names the logged-in user and the system's ASID
    And the request carries the time it was sent and ids of its own
    And the request obeys each of these rules of QUPC_IN010000UK32:
      | rule                       |
      | LR-CONFIRM-PAYLOAD         |
      | LR-CONFIRM-OTHER-PERSON    |
      | LR-CONFIRM-USER-ID         |
      | LR-CONFIRM-URP-ID          |
      | LR-CONFIRM-WORKGROUP-CODE  |
      | LR-CONFIRM-PATIENT-ID      |
      | LR-CONFIRM-PATIENT-ID-ROOT |
      | LR-CONFIRM-NHS-NUMBER      |
      | LR-CONFIRM-RESPONSE-TYPE   |
      | LR-CONFIRM-SEMANTICS-TEXT  |

  @LR-QUERY-006
  Scenario: The details query the system sends is valid and names the clinician and the system
    Given the clinician has an LR with the patient
    When the clinician asks for the complete details of the patient's LRs
    Then the system sent exactly one QUPC_IN020000UK17 about the patient
    And the request is valid against the run's schemas
    And the request passes every Spine rule for QUPC_IN020000UK17
    And the request names the logged-in user and the system's ASID
    And the request matches the expected QUPC_IN020000UK17
    And the request carries the time it was sent and ids of its own
    And the request obeys each of these rules of QUPC_IN020000UK17:
      | rule                             |
      | LR-DETAILS-PAYLOAD               |
      | LR-DETAILS-DISSENT-OVERRIDE      |
      | LR-DETAILS-DISSENT-OVERRIDE-CODE |
      | LR-DETAILS-DISSENT-OVERRIDE-TEXT |
      | LR-DETAILS-PATIENT-ID            |
      | LR-DETAILS-PATIENT-ID-ROOT       |
      | LR-DETAILS-NHS-NUMBER            |
      | LR-DETAILS-RESPONSE-TYPE         |
      | LR-DETAILS-SEMANTICS-TEXT        |
      | LR-DETAILS-TIME-PERIOD-LOW       |

  @LR-QUERY-007
  Scenario: The batch confirmation query the system sends is valid and names the clinician and the system
    When the clinician checks LRs for the patient and another patient
    Then the system sent exactly one QUPC_IN090000UK03 about the patient
    And the request is valid against the run's schemas
    And the request passes every Spine rule for QUPC_IN090000UK03
    And the request names the logged-in user and the system's ASID
    And the request matches the expected QUPC_IN090000UK03
    And the request carries the time it was sent and ids of its own
    And the request obeys each of these rules of QUPC_IN090000UK03:
      | rule                     |
      | LR-BATCH-PAYLOAD         |
      | LR-BATCH-OTHER-PERSON    |
      | LR-BATCH-USER-ID         |
      | LR-BATCH-URP-ID          |
      | LR-BATCH-WORKGROUP-CODE  |
      | LR-BATCH-PATIENTS        |
      | LR-BATCH-PATIENT-ID      |
      | LR-BATCH-PATIENT-ID-ROOT |
      | LR-BATCH-NHS-NUMBER      |
      | LR-BATCH-SEMANTICS-TEXT  |

  @LR-QUERY-008
  Scenario Outline: A SOAP fault answering an LR query is shown as a failure, never as a result
    Given Spine will answer the system's next message with SOAP fault 200
    When the clinician <query>
    Then the system shows Spine's fault to the user of the query

    Examples:
      | query                                            |
      | checks whether an LR exists with the patient     |
      | asks for the complete details of the patient's LRs |
      | checks LRs for the patient and another patient   |
