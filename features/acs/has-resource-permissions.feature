@acs @story:HasResourcePermissions @severity:normal
Feature: Has Resource Permissions
  The system checks whether a patient's permission exists for View and Store:
  HAS_RESOURCE_PERMISSIONS_INUK01 (synchronous SOAP on lrsquery), answered by
  HAS_RESOURCE_PERMISSIONS_RESPONSE_INUK01 with Yes, No or Ask per function, from the same state as Get.
  Allowed forms as for Get, each accepted (see get-resource-permissions.feature): SOAPAction quoted or bare, text/xml
  with or without charset, either sync path, creationTime with or without an offset, any HL7StandardVersionCode.

  Background:
    Given a clinician is logged in to the system under test

  @ACS-HAS-001
  Scenario: Has answers from the state Set left
    Given a patient with no sharing decision recorded on Spine
    When the clinician records the patient's decision "express consent"
    And the clinician checks whether the patient's permission exists
    Then Spine answers Has with View "Yes" and Store "Yes"
    And the system shows View "Yes" and Store "Yes"

  @ACS-HAS-002
  Scenario: Has answers Ask for a patient with no decision
    Given a patient with no sharing decision recorded on Spine
    When the clinician checks whether the patient's permission exists
    Then Spine answers Has with View "Ask" and Store "Ask"
    And the system shows View "Ask" and Store "Ask"

  @ACS-HAS-003
  Scenario: The request the system sends is a valid Has Resource Permissions
    Given a patient with no sharing decision recorded on Spine
    When the clinician checks whether the patient's permission exists
    Then the system sent exactly one HAS_RESOURCE_PERMISSIONS_INUK01 about the patient
    And the request is valid against the run's schemas
    And the request passes every Spine rule for HAS_RESOURCE_PERMISSIONS_INUK01
    And the request names the logged-in user and the system's ASID
    And the request matches the expected HAS_RESOURCE_PERMISSIONS_INUK01
    And the request carries the time it was sent and ids of its own

  @ACS-HAS-004
  Scenario Outline: Each Spine rule on Has Resource Permissions holds for the request the system sends
    Given a patient with no sharing decision recorded on Spine
    When the clinician checks whether the patient's permission exists
    Then the request obeys rule <rule>

    Examples:
      | rule                               |
      | SYNC-HDR-MESSAGEID                 |
      | SYNC-HDR-ACTION                    |
      | SYNC-HDR-TO                        |
      | SYNC-HDR-COMM-FUNC-RCV             |
      | SYNC-HDR-COMM-FUNC-SND             |
      | SYNC-HTTP-SOAPACTION               |
      | SYNC-WRAP-INTERACTION-ID           |
      | SYNC-WRAP-COMM-FUNC-RCV            |
      | SYNC-WRAP-COMM-FUNC-SND            |
      | SYNC-WRAP-ID                       |
      | SYNC-WRAP-CREATION-TIME            |
      | SYNC-WRAP-VERSION-CODE             |
      | SYNC-WRAP-CONTROL-ACT              |
      | SYNC-CACT-PAYLOAD                  |
      | SYNC-CACT-AUTHOR-CARDINALITY       |
      | SYNC-CACT-AUTHOR                   |
      | SYNC-CACT-AUTHOR1-ASID             |
      | SYNC-CACT-AUTHOR1-SECOND           |
      | ACS-HAS-RESOURCE-CONTEXT-ROOT      |
      | ACS-HAS-RESOURCE-CONTEXT-EXTENSION |
      | ACS-HAS-RESOURCE-CONTEXT-TOO-LONG  |
      | ACS-HAS-RESOURCE-CONTEXT-TOO-SHORT |
      | ACS-HAS-NHS-NUMBER                 |
      | ACS-HAS-ACCESS-CONTROL-SET         |
      | ACS-HAS-RESOURCE-TYPE              |
      | ACS-HAS-RESOURCE-ID                |
      | ACS-HAS-FUNCTION-CONTEXT           |
      | ACS-HAS-RESOURCE-ID-IS-NHS-NUMBER  |
      | ACS-HAS-FUNCTION-CODE              |
      | ACS-HAS-ACCESSOR                   |

  @ACS-HAS-005
  Scenario: A SOAP fault answering Has is shown as a failure, never as a decision
    Given a patient who has dissented from sharing, with View "No" and Store "No" on Spine
    And Spine will answer the system's next message with SOAP fault 200
    When the clinician checks whether the patient's permission exists
    Then the system shows Spine's fault to the clinician
