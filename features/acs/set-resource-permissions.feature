@acs @story:SetResourcePermissions @severity:critical
Feature: Set Resource Permissions
  A clinician records a patient's decision about sharing their Summary Care Record, and the system sends
  Spine's Access Control Service SET_RESOURCE_PERMISSIONS_INUK01 (synchronous SOAP on the lrs service).
  Spine answers MCCI_IN010000UK13 AA inside setResourcePermissionsResponse, or AE with its reasons.
  Express consent is Yes, express dissent is No, and "ask for consent" is Clear, which returns the
  patient to Spine's default: Get then leaves the assertion out. A decision covers View and Store: a system may send
  both, or only the function whose permission changes (ACS.md §5.3: one or two assertions, equal when both are sent).
  Spine's errors are provoked with fault rules for a valid request about a valid patient (ACS.md §5.5: 35160 for an
  NHS number Spine does not accept). Allowed forms as for Get (see get-resource-permissions.feature); the Set schema
  restricts versionCode to the HL7StandardVersionCode list.

  Background:
    Given a clinician is logged in to the system under test

  @ACS-SET-001
  Scenario: Recording express dissent sets View and Store to No
    Given a patient with no sharing decision recorded on Spine
    When the clinician records the patient's decision "express dissent"
    Then Spine accepts the change
    And the system shows the decision as recorded
    And Spine now holds View "No" and Store "No"

  @ACS-SET-002
  Scenario: Recording express consent sets View and Store to Yes
    Given a patient with no sharing decision recorded on Spine
    When the clinician records the patient's decision "express consent"
    Then Spine accepts the change
    And Spine now holds View "Yes" and Store "Yes"

  @ACS-SET-003
  Scenario: Resetting to "ask for consent" clears the decision, and Get then returns no assertion
    Given a patient who has dissented from sharing, with View "No" and Store "No" on Spine
    When the clinician records the patient's decision "ask for consent"
    Then Spine accepts the change
    And Spine now holds no decision for View or Store
    When the clinician views the patient's sharing permissions
    Then Spine answers with no access control assertion
    And the system shows View "Ask" and Store "Ask"

  @ACS-SET-004
  Scenario: The request the system sends is a valid Set Resource Permissions
    Given a patient with no sharing decision recorded on Spine
    When the clinician records the patient's decision "express dissent"
    Then the system sent exactly one SET_RESOURCE_PERMISSIONS_INUK01 about the patient
    And the request is valid against the run's schemas
    And the request passes every Spine rule for SET_RESOURCE_PERMISSIONS_INUK01
    And the request names the logged-in user and the system's ASID
    And the request matches the expected SET_RESOURCE_PERMISSIONS_INUK01
    And the request sets View and Store to "No" for accessor Everyone
    And the request carries the time it was sent and ids of its own

  @ACS-SET-005
  Scenario: Spine's error for a Set it refuses is shown, and no success is claimed
    Given a patient with no sharing decision recorded on Spine
    And Spine will refuse the system's next Set Resource Permissions for the patient with its error 35160 "[PSIS-35160] - Invalid input message. Mandatory field NHS Number is missing or incorrect"
    When the clinician records the patient's decision "express dissent"
    Then Spine answered with its application error 35160
    And the system shows Spine's error to the clinician
    And Spine still holds no decision for View or Store

  @ACS-SET-006
  Scenario: Recording the decision already held is accepted again and changes nothing
    Given a patient who has dissented from sharing, with View "No" and Store "No" on Spine
    When the clinician records the patient's decision "express dissent"
    Then Spine accepts the change
    And Spine now holds View "No" and Store "No"
    And the patient's history records the change by the logged-in user from the system's ASID

  @ACS-SET-007
  Scenario: Two clinicians changing the same patient at once both reach Spine and neither update is lost
    Given a patient with no sharing decision recorded on Spine
    And another clinician who may record sharing decisions is logged in too
    When both clinicians record different decisions for the patient at the same time
    Then Spine accepts both changes
    And the patient's history holds both changes, each from its clinician, in the order Spine applied them
    And Spine now holds the decision applied last, the same for View and Store

  @ACS-SET-011
  Scenario: A decision that changes only one function is recorded, whether the system sends that function or both
    Given a patient who has consented to viewing but not storing, with View "Yes" and Store "No" on Spine
    When the clinician views the patient's sharing permissions
    And the clinician records the patient's decision "express dissent"
    Then Spine accepts the change
    And the system shows the decision as recorded
    And Spine now holds View "No" and Store "No"

  @ACS-SET-008
  Scenario Outline: Each Spine rule on Set Resource Permissions holds for the request the system sends
    Given a patient with no sharing decision recorded on Spine
    When the clinician records the patient's decision "<decision>"
    Then the request obeys rule <rule>

    Examples: wrapper and transport
      | decision        | rule                         |
      | express dissent | SYNC-HDR-MESSAGEID           |
      | express dissent | SYNC-HDR-ACTION              |
      | express dissent | SYNC-HDR-TO                  |
      | express dissent | SYNC-HDR-COMM-FUNC-RCV       |
      | express dissent | SYNC-HDR-COMM-FUNC-SND       |
      | express dissent | SYNC-HTTP-SOAPACTION         |
      | express dissent | SYNC-WRAP-INTERACTION-ID     |
      | express dissent | SYNC-WRAP-COMM-FUNC-RCV      |
      | express dissent | SYNC-WRAP-COMM-FUNC-SND      |
      | express dissent | SYNC-WRAP-ID                 |
      | express dissent | SYNC-WRAP-CREATION-TIME      |
      | express dissent | SYNC-WRAP-VERSION-CODE       |
      | express dissent | ACS-SET-VERSION-CODE         |
      | express dissent | SYNC-WRAP-CONTROL-ACT        |
      | express dissent | SYNC-CACT-PAYLOAD            |
      | express dissent | SYNC-CACT-AUTHOR-CARDINALITY |
      | express dissent | SYNC-CACT-AUTHOR             |
      | express dissent | SYNC-CACT-AUTHOR1-ASID       |
      | express dissent | SYNC-CACT-AUTHOR1-SECOND     |

    Examples: Set business rules
      | decision        | rule                              |
      | express dissent | ACS-SET-RESOURCE-CONTEXT          |
      | express dissent | ACS-SET-RESOURCE-CONTEXT-ROOT     |
      | express dissent | ACS-SET-RESOURCE-CONTEXT-EXTENSION |
      | express dissent | ACS-SET-NHS-NUMBER                |
      | express dissent | ACS-SET-ASSERTION-COUNT           |
      | express dissent | ACS-SET-FUNCTION-CARDINALITY      |
      | express dissent | ACS-SET-VIEW-STORE-CONSISTENT     |
      | express consent | ACS-SET-VIEW-STORE-CONSISTENT     |
      | express dissent | ACS-SET-RESOURCE-ID-IS-NHS-NUMBER |
      | express dissent | ACS-SET-RESOURCE-TYPE             |
      | express dissent | ACS-SET-FUNCTION-CONTEXT          |
      | express dissent | ACS-SET-FUNCTION-CODE             |
      | express dissent | ACS-SET-ACCESSOR                  |
      | express consent | ACS-SET-ACCESSOR                  |
      | ask for consent | ACS-SET-ACCESSOR                  |
      | express dissent | ACS-SET-PERMISSION                |
      | ask for consent | ACS-SET-PERMISSION                |

  @ACS-SET-009
  Scenario: Every reason in Spine's error for a Set is shown, and no success is claimed
    Given a patient with no sharing decision recorded on Spine
    And Spine will refuse the system's next request about the patient with the reasons:
      | code  | text                                                                                        |
      | 400   | Invalid Request                                                                             |
      | 35160 | [PSIS-35160] - Invalid input message. Mandatory field NHS Number is missing or incorrect |
    When the clinician records the patient's decision "express dissent"
    Then Spine answers with the reasons it was told to give
    And the system shows Spine's error to the clinician
    And Spine still holds no decision for View or Store

  @ACS-SET-010
  Scenario: A SOAP fault answering a Set is shown as a failure, and no success is claimed
    Given a patient with no sharing decision recorded on Spine
    And Spine will answer the system's next message with SOAP fault 200
    When the clinician records the patient's decision "express dissent"
    Then the system shows Spine's fault to the clinician
    And Spine still holds no decision for View or Store
