@lr @story:Workgroups @severity:normal
Feature: Role profiles and workgroup membership
  Identify User Role Profiles (QUPC_IN010102UK01) and the Workgroup Member Query (QUPC_IN041234UK01) are
  synchronous on sdsquery; Add and Remove User to/from Workgroup (REPC_IN130002UK01, REPC_IN130004UK01) are ebXML
  reliable on sds, answered with alreadyAMember / wasNotAMember when nothing changed.
  The people and the workgroup are the run's: the clinician (who belongs to and administers the workgroup), another
  clinician (SecondRoleProfileId, SecondUserId, SecondJobRole, not a member when the run starts), the workgroup
  (WorkgroupId, WorkgroupName) and the organisation (OrganisationCode, OrganisationName), all registered in the
  simulator's directory before the first scenario.

  Background:
    Given a clinician is logged in to the system under test

  @LR-WG-001
  Scenario: A user's role profiles are shown with their organisation, job role and workgroups
    When the clinician looks up another clinician's role profiles
    Then the system shows that clinician's role profile with their job role and organisation
    And the request matches the expected QUPC_IN010102UK01

  @LR-WG-002
  Scenario: Adding, re-adding, removing and re-removing a member
    When the clinician adds another clinician to a workgroup the clinician administers
    Then the system shows the member as added once Spine's reply arrives
    And the request matches the expected REPC_IN130002UK01
    When the clinician adds another clinician to a workgroup the clinician administers
    Then the system shows the member as already a member once Spine's reply arrives
    When the clinician removes another clinician from a workgroup the clinician administers
    Then the system shows the member as removed once Spine's reply arrives
    And the request matches the expected REPC_IN130004UK01
    When the clinician removes another clinician from a workgroup the clinician administers
    Then the system shows the member as not a member once Spine's reply arrives

  @LR-WG-003
  Scenario: The workgroup member query shows the clinician's workgroup
    When the clinician lists the members of a workgroup the clinician belongs to
    Then the system shows the workgroup with its name
    And the request matches the expected QUPC_IN041234UK01
