@acs @story:GetResourcePermissions @severity:critical
Feature: Get Resource Permissions
  A clinician's system asks Spine's Access Control Service what a patient has decided about sharing
  their Summary Care Record: GET_RESOURCE_PERMISSIONS_INUK01, synchronous SOAP on the lrsquery service,
  answered by GET_RESOURCE_PERMISSIONS_RESPONSE_INUK01 or, on error, by an MCCI_IN010000UK13 AE.
  Spine holds only Yes or No per function (View, Store); a function at its default (Ask) has no assertion.
  Spine's errors are provoked with fault rules for a valid request about a valid patient, answered as Spine answers
  them (ACS.md §6.3: AE, code 400 with the 35506 text). Whether the system checks an NHS number's Modulus 11 check digit
  itself is its own choice: it may refuse a bad one without sending it, or send it and show Spine's error.
  Allowed forms (TRANSPORT.md §1.1, §2.1; ACS.md §2.4, §3.3), each accepted: SOAPAction quoted or bare; Content-Type
  text/xml with or without charset=utf-8; the sync path /sync-service or /syncservice-lrs/acf (wsa:To naming it);
  creationTime YYYYMMDDHHMMSS with or without a +ZZzz offset; any HL7StandardVersionCode (V3NPfIT3.0, V3NPfIT4.2.00…).
  Every request's creationTime must be the time it was sent: within 30 seconds of the simulator's clock when it
  arrives, in any form Spine takes (to the minute or the second, with a +hhmm/-hhmm offset or without one, which is
  Europe/London time); its HL7 id and wsa:MessageID are its own across the run.

  Background:
    Given a clinician is logged in to the system under test

  @ACS-GET-001
  Scenario: A patient with no recorded decision is shown as "ask"
    Given a patient with no sharing decision recorded on Spine
    When the clinician views the patient's sharing permissions
    Then Spine answers with no access control assertion
    And the system shows View "Ask" and Store "Ask"

  @ACS-GET-002
  Scenario: A patient who has dissented is shown as dissented
    Given a patient who has dissented from sharing, with View "No" and Store "No" on Spine
    When the clinician views the patient's sharing permissions
    Then Spine answers with View "No" and Store "No"
    And the system shows View "No" and Store "No"

  @ACS-GET-005
  Scenario: A patient who gave express consent is shown as consenting
    Given a patient who has consented to sharing, with View "Yes" and Store "Yes" on Spine
    When the clinician views the patient's sharing permissions
    Then Spine answers with View "Yes" and Store "Yes"
    And the system shows View "Yes" and Store "Yes"

  @ACS-GET-003
  Scenario: Spine's error for a Get it refuses is shown to the clinician, never as a decision
    Given a patient who has dissented from sharing, with View "No" and Store "No" on Spine
    And Spine will refuse the system's next Get Resource Permissions for the patient with its error 400 "35506-Invalid input message. Mandatory field Resource Ctx missing or incorrect."
    When the clinician views the patient's sharing permissions
    Then Spine answered with its application error 400
    And the system shows Spine's error to the clinician

  @ACS-GET-003
  Scenario: An NHS number with a wrong check digit is refused by the system or by Spine, and never shown as a decision
    When the clinician views sharing permissions for an NHS number with a wrong check digit
    Then the system refuses the NHS number itself and sends nothing, or shows Spine's error

  @ACS-TRN-001
  Scenario: A SOAP fault from Spine is shown as a failure, never as a decision
    Given a patient who has dissented from sharing, with View "No" and Store "No" on Spine
    And Spine will answer the system's next message with SOAP fault 200
    When the clinician views the patient's sharing permissions
    Then the system shows Spine's fault to the clinician

  @ACS-GET-004
  Scenario: The request the system sends is a valid Get Resource Permissions
    Given a patient with no sharing decision recorded on Spine
    When the clinician views the patient's sharing permissions
    Then the system sent exactly one GET_RESOURCE_PERMISSIONS_INUK01 about the patient
    And the request is valid against the run's schemas
    And the request passes every Spine rule for GET_RESOURCE_PERMISSIONS_INUK01
    And the request names the logged-in user and the system's ASID
    And the request matches the expected GET_RESOURCE_PERMISSIONS_INUK01
    And the request carries the time it was sent and ids of its own

  @ACS-GET-007
  Scenario: Each request carries its own ids and the time it was sent, and names the clinician who made it
    Given a patient with no sharing decision recorded on Spine
    And another clinician who may record sharing decisions is logged in too
    When the clinician views the patient's sharing permissions, and a second later another clinician does too
    Then each request names the clinician who made it
    And each request has its own HL7 id and message id, and a creationTime later than the one before

  @ACS-GET-006
  Scenario Outline: Each Spine rule on Get Resource Permissions holds for the request the system sends
    Given a patient with no sharing decision recorded on Spine
    When the clinician views the patient's sharing permissions
    Then the request obeys rule <rule>

    Examples:
      | rule                                  |
      | SYNC-HDR-MESSAGEID                    |
      | SYNC-HDR-ACTION                       |
      | SYNC-HDR-TO                           |
      | SYNC-HDR-COMM-FUNC-RCV                |
      | SYNC-HDR-COMM-FUNC-SND                |
      | SYNC-HTTP-SOAPACTION                  |
      | SYNC-WRAP-INTERACTION-ID              |
      | SYNC-WRAP-COMM-FUNC-RCV               |
      | SYNC-WRAP-COMM-FUNC-SND               |
      | SYNC-WRAP-ID                          |
      | SYNC-WRAP-CREATION-TIME               |
      | SYNC-WRAP-VERSION-CODE                |
      | SYNC-WRAP-CONTROL-ACT                 |
      | SYNC-CACT-PAYLOAD                     |
      | SYNC-CACT-AUTHOR-CARDINALITY          |
      | SYNC-CACT-AUTHOR                      |
      | SYNC-CACT-AUTHOR1-ASID                |
      | SYNC-CACT-AUTHOR1-SECOND              |
      | ACS-GET-RESOURCE-CONTEXT-ROOT         |
      | ACS-GET-RESOURCE-CONTEXT-EXTENSION    |
      | ACS-GET-RESOURCE-CONTEXT-TOO-LONG     |
      | ACS-GET-RESOURCE-CONTEXT-TOO-SHORT    |
      | ACS-GET-NHS-NUMBER                    |
      | ACS-GET-QUERY-CRITERIA-CARDINALITY    |
      | ACS-GET-RESOURCE-TYPE                 |
      | ACS-GET-RESOURCE-ID                   |
      | ACS-GET-FUNCTION-CONTEXT              |
      | ACS-GET-RESOURCE-ID-IS-NHS-NUMBER     |

  @ACS-GET-008
  Scenario: Every reason in Spine's error is shown, not just the first
    Given a patient who has dissented from sharing, with View "No" and Store "No" on Spine
    And Spine will refuse the system's next request about the patient with the reasons:
      | code  | text                                                                                        |
      | 400   | Invalid Request                                                                             |
      | 35160 | [PSIS-35160] - Invalid input message. Mandatory field NHS Number is missing or incorrect |
    When the clinician views the patient's sharing permissions
    Then Spine answers with the reasons it was told to give
    And the system shows Spine's error to the clinician
