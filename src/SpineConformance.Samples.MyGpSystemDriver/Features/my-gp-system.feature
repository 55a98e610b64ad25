@mygp
Feature: MyGP shows sharing permissions
  MyGP's own scenario: the suite's steps, MyGP's driver, and one step of MyGP's own.

  Scenario: MyGP shows a patient with no decision in its own words
    Given a clinician is logged in to the system under test
    And a patient with no sharing decision recorded on Spine
    When the clinician views the patient's sharing permissions
    Then Spine answers with no access control assertion
    And the system shows View "Ask" and Store "Ask"
    And MyGP tells the clinician to ask the patient
