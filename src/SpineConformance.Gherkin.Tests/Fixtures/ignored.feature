@ignore
Feature: Ignored feature

  Scenario: Never runs
    Given a counter starting at 1
