@lr @story:Workgroups @severity:normal
Feature: Role profiles and workgroup membership
  Identify User Role Profiles (QUPC_IN010102UK01) and the Workgroup Member Query (QUPC_IN041234UK01) are
  synchronous on sdsquery; Add and Remove User to/from Workgroup (REPC_IN130002UK01, REPC_IN130004UK01) are ebXML
  reliable on sds, answered with alreadyAMember / wasNotAMember when nothing changed.
  The people and the workgroup are the run's: the clinician (who belongs to and administers the workgroup), another
  clinician (SecondRoleProfileId, SecondUserId, SecondJobRole, not a member when the run starts), the workgroup
  (WorkgroupId, WorkgroupName) and the organisation (OrganisationCode, OrganisationName), all registered in the
  simulator's directory before the first scenario.
  Spine's errors come from the simulator for valid requests, each keyed on what its message is about, so no other
  scenario's message is touched: the restricted user (RestrictedRoleProfileId, RestrictedUserId) or the clinician as
  the member added or removed, the clinician's own user id for the role profile look-up, and for the member query
  another workgroup, made for the scenario.

  Background:
    Given a clinician is logged in to the system under test

  @LR-WG-001
  Scenario: A user's role profiles are shown with their organisation, job role and workgroups
    When the clinician looks up another clinician's role profiles
    Then the system shows that clinician's role profile with their job role and organisation
    And the request matches the expected QUPC_IN010102UK01
    And the system sent exactly one QUPC_IN010102UK01
    And the request is valid against the run's schemas
    And the request passes every Spine rule for QUPC_IN010102UK01
    And the request names the logged-in user and the system's ASID
    And the request carries the time it was sent and ids of its own
    And the request obeys each of these rules of QUPC_IN010102UK01:
      | rule                        |
      | LR-URP-QUERY-PAYLOAD        |
      | LR-URP-QUERY-PARAMETER-LIST |
      | LR-URP-QUERY-USER-ID        |

  @LR-WG-002
  Scenario: Adding, re-adding, removing and re-removing a member
    When the clinician adds another clinician to a workgroup the clinician administers
    Then the system shows the member as added once Spine's reply arrives
    And the request matches the expected REPC_IN130002UK01
    And the system's message is a valid ebXML reliable message for REPC_IN130002UK01
    And the HL7 payload is valid against the run's schemas
    And the HL7 payload passes every Spine rule for REPC_IN130002UK01
    And the request names the logged-in user and the system's ASID
    And the request carries the time it was sent and ids of its own
    And the request obeys each of these rules of REPC_IN130002UK01:
      | rule                                 |
      | LR-WG-ADD-PAYLOAD                    |
      | LR-WG-ADD-CODE                       |
      | LR-WG-ADD-MEMBER-URPID               |
      | LR-WG-ADD-MEMBER-USER-ID             |
      | LR-WG-ADD-WORKGROUP-ID               |
      | LR-WG-ADD-WGMA-URPID                 |
      | LR-WG-ADD-IDENTIFIED-WORKGROUPS-ONLY |
    When the clinician adds another clinician to a workgroup the clinician administers
    Then the system shows the member as already a member once Spine's reply arrives
    When the clinician removes another clinician from a workgroup the clinician administers
    Then the system shows the member as removed once Spine's reply arrives
    And the request matches the expected REPC_IN130004UK01
    And the system's message is a valid ebXML reliable message for REPC_IN130004UK01
    And the HL7 payload is valid against the run's schemas
    And the HL7 payload passes every Spine rule for REPC_IN130004UK01
    And the request names the logged-in user and the system's ASID
    And the request carries the time it was sent and ids of its own
    And the request obeys each of these rules of REPC_IN130004UK01:
      | rule                                    |
      | LR-WG-REMOVE-PAYLOAD                    |
      | LR-WG-REMOVE-CODE                       |
      | LR-WG-REMOVE-MEMBER-URPID               |
      | LR-WG-REMOVE-MEMBER-USER-ID             |
      | LR-WG-REMOVE-WORKGROUP-ID               |
      | LR-WG-REMOVE-WGMA-URPID                 |
      | LR-WG-REMOVE-IDENTIFIED-WORKGROUPS-ONLY |
    When the clinician removes another clinician from a workgroup the clinician administers
    Then the system shows the member as not a member once Spine's reply arrives

  @LR-WG-003
  Scenario: The workgroup member query shows the clinician's workgroup
    When the clinician lists the members of a workgroup the clinician belongs to
    Then the system shows the workgroup with its name
    And the request matches the expected QUPC_IN041234UK01
    And the system sent exactly one QUPC_IN041234UK01
    And the request is valid against the run's schemas
    And the request passes every Spine rule for QUPC_IN041234UK01
    And the request names the logged-in user and the system's ASID
    And the request carries the time it was sent and ids of its own
    And the request obeys each of these rules of QUPC_IN041234UK01:
      | rule                              |
      | LR-WG-QUERY-VERSION-CODE          |
      | LR-WG-QUERY-PAYLOAD               |
      | LR-WG-QUERY-LEGACY-QUERY          |
      | LR-WG-QUERY-WORKGROUP-CODE        |
      | LR-WG-QUERY-WORKGROUP-ID-ROOT     |
      | LR-WG-QUERY-WORKGROUP-ID-EMPTY    |
      | LR-WG-QUERY-SEMANTICS-TEXT        |

  @LR-WG-004
  Scenario: An ebXML MessageError answering an add to a workgroup is reported, and the message is not sent again
    Given Spine will answer the system's next REPC_IN130002UK01 about the restricted user with an ebXML MessageError
    When the clinician adds the restricted user to a workgroup the clinician administers
    Then the system reports that the request failed
    And the system sent its message once only

  @LR-WG-005
  Scenario: An ebXML MessageError answering a removal from a workgroup is reported, and the message is not sent again
    Given Spine will answer the system's next REPC_IN130004UK01 about the restricted user with an ebXML MessageError
    When the clinician removes the restricted user from a workgroup the clinician administers
    Then the system reports that the request failed
    And the system sent its message once only

  @LR-WG-006
  Scenario: Spine's error reply to a valid add to a workgroup is shown with every reason
    Given Spine will reply to the system's next REPC_IN130002UK01 about the clinician with an error, with the reasons:
      | code | text                                           |
      | 5000 | Request could not be processed                 |
      | 5002 | The workgroup is frozen and cannot be changed  |
    When the clinician adds themselves to a workgroup the clinician administers
    Then the system shows Spine's rejection of the request once Spine's reply arrives
    And the system shows every reason in Spine's reply

  @LR-WG-007
  Scenario: Spine's error reply to a valid removal from a workgroup is shown with every reason
    Given Spine will reply to the system's next REPC_IN130004UK01 about the clinician with an error, with the reasons:
      | code | text                                           |
      | 5000 | Request could not be processed                 |
      | 5002 | The workgroup is frozen and cannot be changed  |
    When the clinician removes themselves from a workgroup the clinician administers
    Then the system shows Spine's rejection of the request once Spine's reply arrives
    And the system shows every reason in Spine's reply

  @LR-WG-008
  Scenario: A SOAP fault answering a role profile look-up is shown as a failure, never as a result
    Given Spine will answer the system's next QUPC_IN010102UK01 about the clinician with SOAP fault 200
    When the clinician looks up their own role profiles
    Then the system shows Spine's fault to the user of the query

  @LR-WG-009
  Scenario: A SOAP fault answering the workgroup member query is shown as a failure, never as a result
    Given Spine will answer the system's next QUPC_IN041234UK01 about another workgroup with SOAP fault 200
    When the clinician lists the members of another workgroup
    Then the system shows Spine's fault to the user of the query
