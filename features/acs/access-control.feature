@acs @story:RoleBasedAccess @severity:critical
Feature: Role-based access before any Access Control Service call
  ACS itself performs no RBAC, so the system under test must: a user whose role may not view or change
  sharing permissions is refused by the system, and nothing is sent to Spine.
  Which job roles may view and change them is the run's RBAC policy (settings RbacViewJobRoles and RbacSetJobRoles);
  the refused user is the run's restricted user (RestrictedRoleProfileId, RestrictedUserId, RestrictedJobRole), with a
  job role the policy lets view but not change for the first scenario.

  @ACS-RBAC-001
  Scenario: A user who may not change sharing permissions is refused and nothing is sent
    Given a patient with no sharing decision recorded on Spine
    And a clinician whose job role may view but not change sharing permissions
    When that clinician records the patient's decision "express dissent"
    Then the system refuses the action
    And the system sent nothing to Spine about the patient
    And Spine still holds no decision for View or Store

  @ACS-RBAC-002
  Scenario: A user who may not view sharing permissions is refused and nothing is sent
    Given a patient who has dissented from sharing, with View "No" and Store "No" on Spine
    And a clinician whose job role may not view sharing permissions
    When that clinician views the patient's sharing permissions
    Then the system refuses the action
    And the system sent nothing to Spine about the patient
