Feature: Ambiguous steps

  Scenario: Two bindings
    When the step matches twice
