@acs
Feature: Get Resource
  Reading a patient's access control resource.

  @ACS-GET-001 @story:Read @severity:critical
  Scenario: Resource is returned
    Given a patient with NHS number 9434765919
    When the resource is requested
    Then the response has the patient's resource

  @ACS-GET-002
  Scenario: Wrong resource is a product defect
    Given a patient with NHS number 9434765919
    Then the response has another patient's resource
    And the response has the patient's resource

  Scenario: Simulator down is broken
    Given the simulator is down

  Scenario: Missing step
    Given a step nobody wrote

  Scenario Outline: Patients by number
    Given a patient with NHS number <nhsNumber>
    Then the request carries:
      | field     | value       |
      | nhsNumber | <nhsNumber> |

    Examples:
      | nhsNumber  |
      | 9434765919 |
      | 9434765870 |
