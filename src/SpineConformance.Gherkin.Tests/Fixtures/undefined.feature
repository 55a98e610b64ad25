Feature: Undefined steps

  Scenario: Missing bindings
    Given a counter starting at 1
    When the patient "Jane Smith" aged 42 is registered
    Then the letter says:
      """
      Dear Jane
      """
