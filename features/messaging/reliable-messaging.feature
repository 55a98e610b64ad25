@messaging @story:ReliableMessaging @severity:critical
Feature: Reliable ebXML messaging between the system and Spine
  Legitimate Relationship requests travel as ebXML reliable messages (TRANSPORT.md §3): Spine answers the HTTP
  request with 202 and an ebXML Acknowledgment, then sends the business reply to the system's MHS endpoint as a
  separate reliable message carrying RefToMessageId and the same ConversationId. The system must acknowledge it,
  ignore redelivered copies, retry its own message after a retriable SOAP fault (200, 206, 208) and never retry
  after an ebXML MessageError. What the system sent is judged from what reached Spine (the simulator's journal), so a
  resend by any layer under the MHS counts; the system's own MHS log is attached as evidence. Each reply must be applied
  to the request its RefToMessageId names, whatever order the replies arrive in.
  The HTTP SOAPAction may be quoted (as SpineTools sends it) or bare, equal to eb:Service/eb:Action either way
  (TRANSPORT.md §1.1, §8); the HL7 creationTime may carry a UTC offset (LR.md §8.1).

  Background:
    Given a clinician is logged in to the system under test
    And a patient with no sharing decision recorded on Spine

  @MSG-001
  Scenario: A reliable request is acknowledged, and the reply is delivered, acknowledged and correlated
    When the clinician requests a referral LR with the patient
    Then Spine acknowledged the system's reliable message with HTTP 202
    And the system's message is a valid ebXML reliable message for REPC_IN010000UK15
    And the system shows the LR as created once Spine's reply arrives
    And the system acknowledged Spine's reply on the first attempt, naming the reply and its conversation
    And each of Spine's replies was acknowledged exactly once

  @MSG-002
  Scenario: Spine eliminates a duplicate of the system's request
    When the clinician requests a referral LR with the patient
    And the system's message is delivered to Spine again
    Then Spine answers the duplicate with its original acknowledgement
    And Spine holds exactly one LR for the patient

  @MSG-003
  Scenario: The system processes a redelivered reply once
    Given Spine will send its next reply twice
    When the clinician requests a referral LR with the patient
    Then the system shows the LR as created once Spine's reply arrives
    And the system acknowledged both copies of Spine's reply and applied it once
    And each copy of Spine's reply was acknowledged exactly once

  @MSG-004
  Scenario: The system retries its message after a retriable SOAP fault
    Given Spine will answer the system's next message with SOAP fault 206
    When the clinician requests a referral LR with the patient
    Then the system sent the same message again after the fault
    And the system shows the LR as created once Spine's reply arrives

  @MSG-005
  Scenario: The system reports an ebXML MessageError and does not retry
    Given Spine will answer the system's next message with an ebXML MessageError
    When the clinician requests a referral LR with the patient
    Then the system reports that the request failed
    And the system sent its message once only

  @MSG-006
  Scenario: Spine resends a reply whose acknowledgement it did not get, and the system applies it once
    Given Spine will lose the system's first 2 acknowledgements of its next reply
    When the clinician requests a referral LR with the patient
    Then the system shows the LR as created once Spine's reply arrives
    And Spine delivered its reply 3 times, the last one acknowledged
    And the system acknowledged every copy of Spine's reply and applied it once
    And each copy of Spine's reply was acknowledged exactly once

  @MSG-007
  Scenario: Replies that arrive in the reverse order of the requests are each applied to the request they name
    Given Spine will hold its reply to the system's next LR request about the patient for 6 seconds
    When the clinician requests a referral LR with the patient, and then one with another patient
    Then Spine delivered the reply to the second request before the reply to the first
    And the system shows each LR as created with the id Spine's reply to that request gave it
